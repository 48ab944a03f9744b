// The four runs of invoker.properties write one build.log, in order.
def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/(?m)^\[INFO\] BUILD (?:SUCCESS|FAILURE)$/)

// Every status-contract finding of a run, as "LEVEL File.java:[line,column] [rule-id]".
def findings = { String text ->
  text.readLines().findResults { line ->
    def m = line =~ /^\[(ERROR|WARNING)\] .*?([^\/\\]+\.java):\[(\d+),(\d+)\] \[([a-z0-9]+(?:-[a-z0-9]+)*)\] /
    m.find() ? "${m.group(1)} ${m.group(2)}:[${m.group(3)},${m.group(4)}] [${m.group(5)}]".toString() : null
  }.unique()
}
def outcomes = (log =~ /(?m)^\[INFO\] BUILD (SUCCESS|FAILURE)$/).collect { it[1] }
assert outcomes == ['FAILURE', 'SUCCESS', 'SUCCESS', 'FAILURE']

// 1. Today's findings fail the build, and are written to findings.json.
assert findings(runs[0]) == ['ERROR OrderResource.java:[17,3] [created-without-location]',
                             'ERROR OrderResource.java:[27,29] [undeclared-status]']
// 2. findings.json, copied into the project, is the baseline.
def baseline = new File(basedir, 'baseline/findings.json')
assert baseline.isFile()
assert baseline.getText('UTF-8').contains('"rule": "undeclared-status"')
// 3. With it, nothing is printed and the build passes; one note counts what it accepted.
assert findings(runs[2]).isEmpty()
assert runs[2].contains('[status-contract] 2 findings accepted by the baseline')
assert runs[2].contains(': 0 errors, 0 warnings, 2 accepted by the baseline;')
// 4. A new mistake is printed, alone, and fails the build.
assert findings(runs[3]) == ['ERROR NewMistakeResource.java:[14,3] [body-not-allowed]']
assert runs[3].contains(': 1 error, 0 warnings, 2 accepted by the baseline;')
