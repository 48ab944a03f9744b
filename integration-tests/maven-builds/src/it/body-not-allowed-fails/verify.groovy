// invoker.properties expects the build to fail; this checks that it failed for the right reason,
// on a Spring MVC controller compiled with spring-web alone, and that maven-compiler-plugin points
// at the right line: the @Returns(value = 204, ..., body = Profile.class) on line 17. The method
// returns ResponseEntity<Profile>, which can carry that body, so body-type-mismatch stays quiet.
def log = new File(basedir, 'build.log').getText('UTF-8')

// Every status-contract finding in the log, as "LEVEL File.java:[line,column] [rule-id]".
def findings = log.readLines().findResults { line ->
  def m = line =~ /^\[(ERROR|WARNING)\] .*?([^\/\\]+\.java):\[(\d+),(\d+)\] \[([a-z0-9]+(?:-[a-z0-9]+)*)\] /
  m.find() ? "${m.group(1)} ${m.group(2)}:[${m.group(3)},${m.group(4)}] [${m.group(5)}]".toString() : null
}.unique()

assert findings == ['ERROR ProfileController.java:[17,3] [body-not-allowed]']
// Nor any other compiler message on a source line, such as a javac error of its own.
assert log.readLines().findAll { it =~ /\.java:\[\d+,\d+\]/ }.every {
  it.contains('ProfileController.java:[17,3] [body-not-allowed] ')
}
// The message itself is the unit tests' business; this only checks it is about this endpoint.
assert log.contains('ProfileController.java:[17,3] [body-not-allowed] PUT /profiles/{id} declares 204 No Content with body = Profile.class')
assert log.contains('COMPILATION ERROR')
assert log.contains('BUILD FAILURE')
