// invoker.properties expects the build to fail; this checks that it failed for the right reason,
// on a Spring MVC controller compiled with spring-web alone, and that maven-compiler-plugin points
// at the right line: the @Returns(value = 405, ...) without headers = "Allow" on line 18.
def log = new File(basedir, 'build.log').getText('UTF-8')

// Every status-contract finding in the log, as "LEVEL File.java:[line,column] [rule-id]".
def findings = log.readLines().findResults { line ->
  def m = line =~ /^\[(ERROR|WARNING)\] .*?([^\/\\]+\.java):\[(\d+),(\d+)\] \[([a-z0-9]+(?:-[a-z0-9]+)*)\] /
  m.find() ? "${m.group(1)} ${m.group(2)}:[${m.group(3)},${m.group(4)}] [${m.group(5)}]".toString() : null
}.unique()

assert findings == ['ERROR ReportController.java:[18,3] [method-not-allowed-without-allow]']
// Nor any other compiler message on a source line, such as a javac error of its own.
assert log.readLines().findAll { it =~ /\.java:\[\d+,\d+\]/ }.every {
  it.contains('ReportController.java:[18,3] [method-not-allowed-without-allow] ')
}
// The message itself is the unit tests' business; this only checks it is about this endpoint.
assert log.contains('ReportController.java:[18,3] [method-not-allowed-without-allow] PUT /reports/{id} declares 405 Method Not Allowed without an Allow header')
assert log.contains('COMPILATION ERROR')
assert log.contains('BUILD FAILURE')
