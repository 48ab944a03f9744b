// invoker.properties expects the build to fail; this checks that it failed for the right reason,
// and that maven-compiler-plugin points at the right line: the @Creates on line 14, on a POST that
// declares 200 OK and no 201 Created. post-create-returns-200 stays quiet (the endpoint is marked
// @Creates, and place() is not named like a create), so create-without-201 is the only finding.
def log = new File(basedir, 'build.log').getText('UTF-8')

// Every status-contract finding in the log, as "LEVEL File.java:[line,column] [rule-id]".
def findings = log.readLines().findResults { line ->
  def m = line =~ /^\[(ERROR|WARNING)\] .*?([^\/\\]+\.java):\[(\d+),(\d+)\] \[([a-z0-9]+(?:-[a-z0-9]+)*)\] /
  m.find() ? "${m.group(1)} ${m.group(2)}:[${m.group(3)},${m.group(4)}] [${m.group(5)}]".toString() : null
}.unique()

assert findings == ['ERROR OrderResource.java:[14,3] [create-without-201]']
// Nor any other compiler message on a source line, such as a javac error of its own.
assert log.readLines().findAll { it =~ /\.java:\[\d+,\d+\]/ }.every {
  it.contains('OrderResource.java:[14,3] [create-without-201] ')
}
// The message itself is the unit tests' business; this only checks it is about this endpoint.
assert log.contains('OrderResource.java:[14,3] [create-without-201] POST /orders is marked @Creates but does not declare 201 Created')
assert log.contains('COMPILATION ERROR')
assert log.contains('BUILD FAILURE')
