package com.example.shop.web;

import com.example.shop.dto.ExportJob;
import com.example.shop.dto.ReindexResult;
import com.example.shop.service.ProductService;
import com.example.shop.service.ReportService;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/admin/reports")
public class ReportController {

  private final ReportService reports;
  private final ProductService products;

  public ReportController(ReportService reports, ProductService products) {
    this.reports = reports;
    this.products = products;
  }

  @GetMapping(value = "/sales", produces = "text/csv")
  public ResponseEntity<String> sales(@RequestParam String from, @RequestParam String to) {
    LocalDate start = LocalDate.parse(from);
    LocalDate end = LocalDate.parse(to);
    if (end.isBefore(start)) {
      return ResponseEntity.badRequest().body("'to' is before 'from'");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=sales.csv")
        .body(reports.salesCsv(start, end));
  }

  @PostMapping("/exports")
  public ResponseEntity<ExportJob> startExport(@RequestParam(defaultValue = "csv") String format) {
    ExportJob job = reports.startExport(format);
    return ResponseEntity.accepted().location(URI.create("/api/admin/reports/exports/" + job.id())).body(job);
  }

  /** 202 while the export runs, 200 once it is done, 500 when it failed: the job knows which. */
  @GetMapping("/exports/{id}")
  public ResponseEntity<ExportJob> export(@PathVariable String id) {
    ExportJob job = reports.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.status(job.httpCode()).body(job);
  }

  @PostMapping("/reindex")
  public ResponseEntity<ReindexResult> reindex() {
    long started = System.currentTimeMillis();
    int indexed = products.reindex();
    return ResponseEntity.status(HttpStatus.NO_CONTENT)
        .body(new ReindexResult(indexed, System.currentTimeMillis() - started));
  }
}
