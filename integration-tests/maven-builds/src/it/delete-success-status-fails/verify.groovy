// invoker.properties expects the build to fail; this checks that it failed for the right reason,
// on a JAX-RS (javax.ws.rs) resource, and that maven-compiler-plugin points at the right line: the
// @Returns(value = 203, ...) on the DELETE, line 16. 203 is a registered 2xx that no other rule
// objects to, so delete-success-status is the only finding.
def log = new File(basedir, 'build.log').getText('UTF-8')

// Every status-contract finding in the log, as "LEVEL File.java:[line,column] [rule-id]".
def findings = log.readLines().findResults { line ->
  def m = line =~ /^\[(ERROR|WARNING)\] .*?([^\/\\]+\.java):\[(\d+),(\d+)\] \[([a-z0-9]+(?:-[a-z0-9]+)*)\] /
  m.find() ? "${m.group(1)} ${m.group(2)}:[${m.group(3)},${m.group(4)}] [${m.group(5)}]".toString() : null
}.unique()

assert findings == ['ERROR MirrorResource.java:[16,3] [delete-success-status]']
// Nor any other compiler message on a source line, such as a javac error of its own.
assert log.readLines().findAll { it =~ /\.java:\[\d+,\d+\]/ }.every {
  it.contains('MirrorResource.java:[16,3] [delete-success-status] ')
}
// The message itself is the unit tests' business; this only checks it is about this endpoint.
assert log.contains('MirrorResource.java:[16,3] [delete-success-status] DELETE /mirrors/{id} declares 203 Non-Authoritative Information')
assert log.contains('COMPILATION ERROR')
assert log.contains('BUILD FAILURE')
