// A correct contract must compile without any finding, not even a warning: no false positives on
// javax.ws.rs (JAX-RS 2.1), composed annotations, class-level declarations, HEAD, and the like.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
// No finding of any rule ("File.java:[line,column] [rule-id]"), and no [status-contract] message but
// the closing summary, which says so.
assert !(log =~ /\.java:\[\d+,\d+\] \[[a-z0-9]+(-[a-z0-9]+)*\]/)
def messages = log.readLines().findAll { it.contains('[status-contract]') }
assert messages.size() == 1 && messages[0].startsWith('[INFO] ')
assert messages[0] =~ /\[status-contract] checked \d+ endpoints? in \d+ class(es)?: 0 errors, 0 warnings; the code of all \d+ read; documentation in /
// Nor any compiler warning about a source file or a processor ("options were not recognized by any
// processor", "supported source version ... from annotation processor", ...). Maven's own warnings,
// which vary with its version, are none of this test's business.
def compilerWarnings = log.readLines().findAll {
  it.startsWith('[WARNING]') && (it.contains('.java') || it =~ /(?i)processor|status-?contract/)
}
assert compilerWarnings == []

// The build passed because the processor ran and found nothing, not because it never ran: the
// documentation it writes by default lists every endpoint, which also shows that discovery saw them
// all and that the processor's own runtime dependencies reached javac through
// annotationProcessorPaths.
def docs = new File(basedir, 'target/classes/META-INF/status-contract')
['contract.json', 'openapi.json', 'index.md', 'index.html'].each { name ->
  assert new File(docs, name).isFile()
}
def contract = new groovy.json.JsonSlurper().parse(new File(docs, 'contract.json'))
assert contract.endpoints*.framework.unique() == ['javax-rs']
assert contract.endpoints.collect { "${it.method} ${it.path}".toString() }.sort() == [
    'GET /orders',
    'POST /orders',
    'GET /orders/legacy',
    'GET /orders/{id}',
    'HEAD /orders/{id}',
    'PUT /orders/{id}',
    'DELETE /orders/{id}',
    'POST /orders/{id}/export'
].sort()
