"""The HTML report in a real browser: headless Chromium (Debian's chromium and chromium-driver, which
`make test` installs) opens the seed corpus's report, the findings and charts render, the console stays
free of errors, and a screenshot is saved under reports/. An article carrying a script renders as text."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_check import run
from tests.conftest import HOSTILE, ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SCREENSHOT = ROOT / "reports" / "seed-report.png"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
        message = "Chromium and ChromeDriver are needed: `make test` installs Debian's chromium and chromium-driver"
        if os.environ.get("FACTCHECK_BROWSER_TEST") == "required":
            pytest.fail(message)
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1280,900",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def open_page(driver, path: Path):
    driver.get(path.resolve().as_uri())
    assert driver.execute_script("return document.readyState") == "complete"
    return driver.get_log("browser")


def full_page_screenshot(driver, target: Path) -> bytes:
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(height, 900), 16000))
    target.parent.mkdir(parents=True, exist_ok=True)
    png = driver.get_screenshot_as_png()
    target.write_bytes(png)
    return png


@pytest.fixture(scope="module")
def seed_html(tmp_path_factory):
    """The seed report as `make report` writes it, through the command line."""
    out = tmp_path_factory.mktemp("html") / "report.html"
    r = run("check", "corpus/", "--format", "html", "--output", out)
    assert r.returncode == 0, r.stderr
    return out


def test_html_browser_seed_report_renders_findings_and_charts(browser, seed_html, seed_report):
    from selenium.webdriver.common.by import By

    log = open_page(browser, seed_html)
    assert [e for e in log if e["level"] in ("SEVERE", "WARNING")] == []
    assert browser.execute_script("return getComputedStyle(document.body).direction") == "rtl"
    findings = browser.find_elements(By.CSS_SELECTOR, "article.finding")
    assert sorted(f.get_attribute("data-finding") for f in findings) == sorted(f.id for f in seed_report.findings)
    for f in findings:
        assert f.is_displayed() and f.size["height"] > 40
        rows = f.find_elements(By.CSS_SELECTOR, "tr.claim")
        assert rows and all(r.find_element(By.CSS_SELECTOR, "mark").text for r in rows)
    charts = browser.find_elements(By.CSS_SELECTOR, "figure.timeline svg")
    assert len(charts) >= 3
    for svg in charts:
        assert svg.size["width"] > 300 and svg.size["height"] > 50
        marks = svg.find_elements(By.CSS_SELECTOR, "g.mark-symbol path")
        labels = [t.text for t in svg.find_elements(By.CSS_SELECTOR, "g.mark-text text")]
        assert marks and any(label.startswith("#1") for label in labels)
    coalition = browser.find_element(By.CSS_SELECTOR, 'section[data-topic="coalition.member_count"]')
    assert "أكثر من 50 دولة" in coalition.text and "تزيد عن ستين دولة" in coalition.text
    png = full_page_screenshot(browser, SCREENSHOT)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000
    assert browser.get_log("browser") == []


def test_html_browser_script_in_an_article_is_plain_text(browser, conflict_report, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    from factcheck.report.html_report import render_html

    page = tmp_path / "hostile.html"
    page.write_text(render_html(conflict_report), encoding="utf-8")
    log = open_page(browser, page)
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 (an alert would mean the script ran)
    assert browser.find_elements(By.TAG_NAME, "script") == []
    hostile = [r for r in browser.find_elements(By.CSS_SELECTOR, "tr.claim") if "hostile" in r.text]
    assert hostile and all(HOSTILE in r.text for r in hostile)
    assert [e for e in log if e["level"] == "SEVERE"] == []
    conflicts = browser.find_elements(By.CSS_SELECTOR, "article.finding.conflict")
    assert len(conflicts) == 3
    red = conflicts[0].value_of_css_property("border-right-color")  # the inline-start border, in RTL
    assert red.replace(" ", "") in ("rgb(198,40,40)", "rgba(198,40,40,1)")
