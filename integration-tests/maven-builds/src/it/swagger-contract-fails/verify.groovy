// invoker.properties expects the build to fail; this checks that it failed for the right reason: the
// 201 that the swagger-core @ApiResponse on line 15 declares has no Location header.
def log = new File(basedir, 'build.log').getText('UTF-8')

def findings = log.readLines().findResults { line ->
  def m = line =~ /^\[(ERROR|WARNING)\] .*?([^\/\\]+\.java):\[(\d+),(\d+)\] \[([a-z0-9]+(?:-[a-z0-9]+)*)\] /
  m.find() ? "${m.group(1)} ${m.group(2)}:[${m.group(3)},${m.group(4)}] [${m.group(5)}]".toString() : null
}.unique()

assert findings == ['ERROR OrderController.java:[15,7] [created-without-location]']
assert log.contains('POST /orders declares 201 Created (declared with @ApiResponse) without a Location header; add headers = @Header(name = "Location")')
assert log.contains('BUILD FAILURE')
