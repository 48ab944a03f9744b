// The build failed because -Astatuscontract.warningsAsErrors=true reported the project's only
// finding, a warning-level one, as an error: 429 without Retry-After on line 13.
def log = new File(basedir, 'build.log').getText('UTF-8')

// Every status-contract finding in the log, as "LEVEL File.java:[line,column] [rule-id]".
def findings = log.readLines().findResults { line ->
  def m = line =~ /^\[(ERROR|WARNING)\] .*?([^\/\\]+\.java):\[(\d+),(\d+)\] \[([a-z0-9]+(?:-[a-z0-9]+)*)\] /
  m.find() ? "${m.group(1)} ${m.group(2)}:[${m.group(3)},${m.group(4)}] [${m.group(5)}]".toString() : null
}.unique()

assert findings == ['ERROR ReportResource.java:[13,3] [retry-after-recommended]']
// The message itself is the unit tests' business; this only checks it is about this endpoint.
assert log.contains('ReportResource.java:[13,3] [retry-after-recommended] GET /reports declares 429 Too Many Requests')
assert log.contains('COMPILATION ERROR')
assert log.contains('BUILD FAILURE')
