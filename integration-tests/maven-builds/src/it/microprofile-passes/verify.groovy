// A correct contract declared with MicroProfile OpenAPI compiles without any finding, and the
// documentation shows what SmallRye would: the schema response, the range "default", and the 404 that
// the ExceptionMapper declares for the endpoint that throws its exception.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
assert !(log =~ /\.java:\[\d+,\d+\] \[[a-z0-9]+(-[a-z0-9]+)*\]/)
def messages = log.readLines().findAll { it.contains('[status-contract]') }
assert messages.size() == 1 && messages[0].startsWith('[INFO] ')
assert messages[0] =~ /\[status-contract] checked 2 endpoints in 1 class: 0 errors, 0 warnings; the code of all 2 read; documentation in /

def docs = new File(basedir, 'target/classes/META-INF/status-contract')
def contract = new groovy.json.JsonSlurper().parse(new File(docs, 'contract.json'))
def byPath = contract.endpoints.collectEntries { ["${it.method} ${it.path}".toString(), it] }
assert byPath.keySet() == ['GET /books', 'GET /books/{isbn}'] as Set
assert byPath['GET /books/{isbn}'].responses*.code == [200, 404]
assert byPath['GET /books/{isbn}'].responses*.declaredWith == ['@APIResponse', '@APIResponse']
assert byPath['GET /books'].responses*.status == ['200', 'default']
