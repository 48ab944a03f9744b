// invoker.properties expects the build to fail; this checks that it failed for the right reason,
// and that maven-compiler-plugin points at the right line: the @Returns(201) on line 14.
def log = new File(basedir, 'build.log').getText('UTF-8')

// Every status-contract finding in the log, as "LEVEL File.java:[line,column] [rule-id]".
def findings = log.readLines().findResults { line ->
  def m = line =~ /^\[(ERROR|WARNING)\] .*?([^\/\\]+\.java):\[(\d+),(\d+)\] \[([a-z0-9]+(?:-[a-z0-9]+)*)\] /
  m.find() ? "${m.group(1)} ${m.group(2)}:[${m.group(3)},${m.group(4)}] [${m.group(5)}]".toString() : null
}.unique()

assert findings == ['ERROR UserResource.java:[14,3] [created-without-location]']
// The message itself is the unit tests' business; this only checks it is about this endpoint.
assert log.contains('UserResource.java:[14,3] [created-without-location] POST /users declares 201 Created')
assert log.contains('COMPILATION ERROR')
assert log.contains('BUILD FAILURE')
