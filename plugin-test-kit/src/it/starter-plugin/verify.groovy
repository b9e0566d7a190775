// Run by the Maven Invoker after the starter plugin's build. The build got the API and the kit as a
// vendor gets them; their installed poms must stand alone (flattened, no parent from the portal's build),
// or a vendor without this repository could not resolve them.
def repository = new File(localRepositoryPath, 'io/hirestage')
['hirestage-plugin-api', 'hirestage-plugin-test-kit'].each { artifact ->
    def pom = new File(repository, "${artifact}/1.1.0/${artifact}-1.1.0.pom")
    assert pom.isFile() : "${pom} is missing"
    assert !pom.text.contains('<parent>') : "${artifact} 1.1.0 was installed with a parent pom; a vendor's build could not resolve it"
}
assert new File(basedir, 'target/acme-salary-survey-1.0.0.jar').isFile() : 'the starter built no plugin jar'
true
