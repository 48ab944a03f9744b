// invoker.properties expects the build to fail; this checks that it failed for the right reason: the
// 201 that line 31 builds has no Location header, in a controller without a written contract.
def log = new File(basedir, 'build.log').getText('UTF-8')

def findings = log.readLines().findResults { line ->
  def m = line =~ /^\[(ERROR|WARNING)\] .*?([^\/\\]+\.java):\[(\d+),(\d+)\] \[([a-z0-9]+(?:-[a-z0-9]+)*)\] /
  m.find() ? "${m.group(1)} ${m.group(2)}:[${m.group(3)},${m.group(4)}] [${m.group(5)}]".toString() : null
}.unique()

assert findings == ['ERROR AccountController.java:[31,33] [created-without-location]']
assert log.contains('POST /accounts answers 201 Created here without a Location header; set it with .location(uri), or build the response with ResponseEntity.created(uri) (RFC 9110')
assert log.contains('BUILD FAILURE')

// The documentation of the inferred contract is written although the build failed.
def contract = new File(basedir, 'target/classes/META-INF/status-contract/contract.json')
assert contract.isFile()
def text = contract.getText('UTF-8')
assert text.contains('"inferred": true')
assert text.contains('"code": 404')
