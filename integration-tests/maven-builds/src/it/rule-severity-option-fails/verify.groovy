// The build failed because -Astatuscontract.rules=accepted-without-location:error raised that rule,
// a warning by default, to an error: 202 without Location on line 13. The option names one rule
// only, unlike -Astatuscontract.warningsAsErrors (warnings-as-errors-fails): the 429 without
// Retry-After on line 15 is still reported as a warning.
def log = new File(basedir, 'build.log').getText('UTF-8')

// Every status-contract finding in the log, as "LEVEL File.java:[line,column] [rule-id]".
def findings = log.readLines().findResults { line ->
  def m = line =~ /^\[(ERROR|WARNING)\] .*?([^\/\\]+\.java):\[(\d+),(\d+)\] \[([a-z0-9]+(?:-[a-z0-9]+)*)\] /
  m.find() ? "${m.group(1)} ${m.group(2)}:[${m.group(3)},${m.group(4)}] [${m.group(5)}]".toString() : null
}.unique()

// Sorted: whether maven-compiler-plugin prints the warnings or the errors first is not the point.
assert findings.sort() == [
    'ERROR ExportResource.java:[13,3] [accepted-without-location]',
    'WARNING ExportResource.java:[15,3] [retry-after-recommended]'
]
// Nor any other compiler message on a source line, such as a javac error of its own.
assert log.readLines().findAll { it =~ /\.java:\[\d+,\d+\]/ }.every {
  it.contains('ExportResource.java:[13,3] [accepted-without-location] ') || it.contains('ExportResource.java:[15,3] [retry-after-recommended] ')
}
// The message itself is the unit tests' business; this only checks it is about this endpoint.
assert log.contains('ExportResource.java:[13,3] [accepted-without-location] POST /exports declares 202 Accepted without a Location header')
assert log.contains('COMPILATION ERROR')
assert log.contains('BUILD FAILURE')
