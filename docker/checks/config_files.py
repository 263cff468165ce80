#!/usr/bin/env python3
"""Checks config/newsstream.properties and config/example.env against the built-in defaults.

- every key of the defaults appears in the settings file, with its default value;
- an active (uncommented) line may only repeat the default: the file is read automatically from the repository root;
- commented example lines name known keys, or kafka.* pass-through keys;
- every NEWSSTREAM_* variable in example.env maps to a known key or a kafka.* key.

Usage: config_files.py DEFAULTS_PROPERTIES SETTINGS_FILE EXAMPLE_ENV
"""
import re
import sys

ENTRY = re.compile(r"^(#\s*)?([a-z][a-z0-9.]*[a-z0-9])=(.*)$")


def entries(path):
    found = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            match = ENTRY.match(line.strip())
            if match:
                found.append((number, bool(match.group(1)), match.group(2), match.group(3).strip()))
    return found


def main(defaults_file, settings_file, env_file):
    errors = []
    defaults = {key: value for _, commented, key, value in entries(defaults_file) if not commented}
    shown = {}
    for number, commented, key, value in entries(settings_file):
        known = key in defaults
        if not known and not key.startswith("kafka."):
            errors.append(f"{settings_file}:{number}: unknown setting {key}")
        elif not commented and (not known or value != defaults[key]):
            errors.append(f"{settings_file}:{number}: active line {key}={value} differs from the default; "
                          f"comment it out (this file is read automatically)")
        if known:
            shown.setdefault(key, value)
    for key, value in defaults.items():
        if key not in shown:
            errors.append(f"{settings_file}: setting {key} (default {value}) is not documented")
        elif shown[key] != value:
            errors.append(f"{settings_file}: {key} is shown as {shown[key]}, the default is {value}")
    with open(env_file, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            match = re.match(r"^#?\s*(NEWSSTREAM_[A-Z0-9_]+)=", line.strip())
            if match and match.group(1) != "NEWSSTREAM_CONFIG_FILE":
                key = match.group(1)[len("NEWSSTREAM_"):].lower().replace("_", ".")
                if key not in defaults and not key.startswith("kafka."):
                    errors.append(f"{env_file}:{number}: {match.group(1)} sets unknown setting {key}")
    for error in errors:
        print(f"  {error}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
