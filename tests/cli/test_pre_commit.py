"""The pre-commit hooks (.pre-commit-hooks.yaml), run by pre-commit itself in a repository of articles."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.cli.test_check import CONTRADICTION, add_article
from tests.conftest import CORPUS, ROOT

HOOKS = ROOT / ".pre-commit-hooks.yaml"
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(cwd: Path, *args: str) -> str:
    r = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env={**os.environ, **GIT_ENV})
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_pre_commit_hooks_manifest_is_valid():
    from pre_commit.clientlib import load_manifest

    hooks = {h["id"]: h for h in load_manifest(str(HOOKS))}
    assert set(hooks) == {"factcheck", "factcheck-system"}
    for h in hooks.values():
        assert h["entry"] == "factcheck check" and h["pass_filenames"] is False
    assert hooks["factcheck"]["language"] == "python"
    # 'system' (understood by every pre-commit) is what pre-commit 4.4 and later call 'unsupported'
    assert hooks["factcheck-system"]["language"] in ("system", "unsupported")


def test_pre_commit_runs_factcheck_on_a_repository_of_articles(tmp_path):
    hooks_repo = tmp_path / "hooks"
    hooks_repo.mkdir()
    shutil.copy(HOOKS, hooks_repo / HOOKS.name)  # the manifest as it is now, committed or not
    git(hooks_repo, "init", "-q")
    git(hooks_repo, "add", ".")
    git(hooks_repo, "commit", "-q", "-m", "hooks")
    rev = git(hooks_repo, "rev-parse", "HEAD")

    articles = tmp_path / "newsroom"
    shutil.copytree(CORPUS, articles / "articles")
    config = {"repos": [{"repo": str(hooks_repo), "rev": rev,
                         "hooks": [{"id": "factcheck-system", "args": ["articles/"]}]}]}
    (articles / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    git(articles, "init", "-q")
    git(articles, "add", ".")
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}

    def pre_commit():
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=articles,
                              capture_output=True, text=True, env=env, timeout=600)

    clean = pre_commit()
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "factcheck" in clean.stdout and "Passed" in clean.stdout

    add_article(articles / "articles", "new_2015_01_22", "2015-01-22", CONTRADICTION)
    git(articles, "add", ".")
    failed = pre_commit()
    assert failed.returncode == 1
    assert "Failed" in failed.stdout and "CONFLICT" in failed.stdout and "coalition.member_count" in failed.stdout
