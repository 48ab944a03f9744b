package com.example.shop.service;

import com.example.shop.dto.ExportJob;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public class ReportService {

  private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();

  public String salesCsv(LocalDate from, LocalDate to) {
    return "day,orders,revenue\n" + from + ",0,0.00\n";
  }

  public ExportJob startExport(String format) {
    ExportJob job = new ExportJob(UUID.randomUUID().toString(), "RUNNING", 202, null);
    jobs.put(job.id(), job);
    return job;
  }

  public Optional<ExportJob> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  public void evictCaches() {
    jobs.clear();
  }
}
