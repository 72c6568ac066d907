"""Development tooling shared by tests, benchmarks and evaluations: starting the real servers."""
