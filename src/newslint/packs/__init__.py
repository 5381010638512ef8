"""YAML rule packs: loader, schema validation and the rule kinds they extend."""
