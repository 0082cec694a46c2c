"""Everything that touches the world: Faust app and agents, HTTP, broker, CLI."""
