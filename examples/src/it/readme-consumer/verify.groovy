// The README says what the consumer project prints: every line of that block must be in the build log.
def readme = new File(basedir, '../../../../README.md').getText('UTF-8')
def marker = '<!-- consumer-output -->'
def start = readme.indexOf(marker)
assert start >= 0 : 'README.md has no ' + marker + ' block'
def block = readme.substring(readme.indexOf('```text', start) + 7)
block = block.substring(0, block.indexOf('```'))
def log = new File(basedir, 'build.log').getText('UTF-8')
block.readLines().findAll { !it.trim().isEmpty() }.each { line ->
    assert log.contains(line) : 'the consumer project did not print: ' + line
}
return true
