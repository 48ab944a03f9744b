// invoker.properties expects the build to fail; this checks that it failed for the right reason: the
// throw on line 22 answers 404, which the contract of GET /books/{isbn} does not declare.
def log = new File(basedir, 'build.log').getText('UTF-8')

def findings = log.readLines().findResults { line ->
  def m = line =~ /^\[(ERROR|WARNING)\] .*?([^\/\\]+\.java):\[(\d+),(\d+)\] \[([a-z0-9]+(?:-[a-z0-9]+)*)\] /
  m.find() ? "${m.group(1)} ${m.group(2)}:[${m.group(3)},${m.group(4)}] [${m.group(5)}]".toString() : null
}.unique()

assert findings == ['ERROR BookResource.java:[22,7] [undeclared-status]']
assert log.contains('GET /books/{isbn} answers 404 Not Found through exception jakarta.ws.rs.NotFoundException, which its contract does not declare; add @Returns(404) to title')
assert log.contains('BUILD FAILURE')
