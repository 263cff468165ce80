#!/usr/bin/env python3
"""Structural checks of docker/Dockerfile (stands in for hadolint, which cannot be installed here).

Usage: dockerfile_structure.py DOCKERFILE DOCKERIGNORE
"""
import fnmatch
import json
import re
import sys

JDK = re.compile(r"^eclipse-temurin:17\.\d+\.\d+(\.\d+)?_\d+-jdk(-\w+)?$")
JRE = re.compile(r"^eclipse-temurin:17\.\d+\.\d+(\.\d+)?_\d+-jre(-\w+)?$")
JVM_FLAGS = ("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError")


def instructions(path):
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    text = open(path, encoding="utf-8").read()
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n", " ", "\n".join(lines))
    for line in joined.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            yield word.upper(), rest.strip()


def ignored(path, patterns):
    excluded = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").rstrip("/")
        if fnmatch.fnmatch(path, pattern) or path.startswith(pattern + "/"):
            excluded = not negate
    return excluded


def main(dockerfile, dockerignore):
    errors = []
    stages = []
    for word, args in instructions(dockerfile):
        if word == "FROM":
            stages.append({"from": args.split()[0], "name": args.split()[-1] if " AS " in args.upper() else None, "ins": []})
        elif stages:
            stages[-1]["ins"].append((word, args))
    if len(stages) < 2:
        errors.append("expected a build stage and a runtime stage")
        stages = stages + [{"from": "", "name": None, "ins": []}] * 2
    build, run = stages[0], stages[-1]
    if not JDK.match(build["from"]):
        errors.append(f"build stage must be a pinned Temurin 17 JDK, got {build['from']}")
    if not JRE.match(run["from"]):
        errors.append(f"runtime stage must be a pinned Temurin 17 JRE, got {run['from']}")
    if not any(w == "RUN" and "./mvnw" in a and "package" in a for w, a in build["ins"]):
        errors.append("build stage must run the Maven wrapper's package")

    final = dict()
    for word, args in run["ins"]:
        final[word] = args        # the last of each instruction is the one in force
    user = final.get("USER", "root").split(":")[0]
    if user in ("root", "0"):
        errors.append("runtime stage must switch to a non-root USER")
    healthcheck = final.get("HEALTHCHECK", "")
    if "CMD" not in healthcheck:
        errors.append("runtime stage needs a HEALTHCHECK ... CMD")
    if "--from=build" not in " ".join(a for w, a in run["ins"] if w == "COPY") or "target/newsstream.jar" not in str(run["ins"]):
        errors.append("runtime stage must copy target/newsstream.jar from the build stage")
    try:
        entrypoint = json.loads(final.get("ENTRYPOINT", "null"))
        cmd = json.loads(final.get("CMD", "null"))
    except json.JSONDecodeError as e:
        errors.append(f"ENTRYPOINT and CMD must be exec form (JSON): {e}")
        entrypoint, cmd = None, None
    if not entrypoint or entrypoint[0] != "java" or entrypoint[-2:] != ["-jar", "/app/newsstream.jar"]:
        errors.append(f"ENTRYPOINT must be [\"java\", ..., \"-jar\", \"/app/newsstream.jar\"], got {entrypoint}")
    elif any(flag not in entrypoint for flag in JVM_FLAGS):
        errors.append(f"ENTRYPOINT must set {', '.join(JVM_FLAGS)}")
    if cmd != ["process"]:
        errors.append(f"CMD must be [\"process\"], got {cmd}")

    patterns = [p.strip() for p in open(dockerignore, encoding="utf-8") if p.strip() and not p.startswith("#")]
    for must_ignore in ("target", ".git"):
        if not ignored(must_ignore, patterns):
            errors.append(f".dockerignore must exclude {must_ignore}/")
    for word, args in instructions(dockerfile):
        if word == "COPY" and "--from=" not in args:
            for source in [a for a in args.split() if not a.startswith("--")][:-1]:
                if ignored(source.rstrip("/"), patterns):
                    errors.append(f"COPY {source}: excluded by .dockerignore")
    script = re.search(r'"(/app/[\w.-]+\.sh)"', healthcheck)
    if script:
        local = "docker/" + script.group(1).rsplit("/", 1)[1]
        if "/health/ready" not in open(local, encoding="utf-8").read():
            errors.append(f"{local} must probe /health/ready")
    else:
        errors.append("HEALTHCHECK must run the health check script copied to /app")

    for error in errors:
        print(f"  {error}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
