#!/usr/bin/env python3
"""Clicks through the web page as a user would, in headless Chromium: a tie, a claim behind it,
who reacted to it, back to a claim, its source's document with the sentence marked, a timeline
row, the conflicts, and a bad date.
The Rust tests render the page's links (tests/serve.rs in the realign crate); this checks the
clicks, by hand: it needs `pip install selenium` and Debian's chromium and chromium-driver.

    realign demo --keep && realign serve --port 8765 &
    python3 crates/server/tests/clicks.py http://127.0.0.1:8765
"""
import time, sys
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait
o = webdriver.ChromeOptions()
o.binary_location = "/usr/bin/chromium"
for a in "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --window-size=1400,1000".split():
    o.add_argument(a)
import tempfile
o.add_argument("--user-data-dir=" + tempfile.mkdtemp())
d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)
base = sys.argv[1]
d.get(base + "/?as_of=2024-12-31&focus=PRK&actor=PRK")
# (Rows are replaced as their claims load: an element may go stale while a wait looks at it.)
from selenium.common.exceptions import StaleElementReferenceException
w = WebDriverWait(d, 20, ignored_exceptions=[StaleElementReferenceException])
w.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "line.edge")) > 0)
print("edges", len(d.find_elements(By.CSS_SELECTOR, "line.edge")), "status:", d.find_element(By.ID, "status").text)
e = d.find_element(By.CSS_SELECTOR, 'line.edge[data-a="PRK"][data-b="RUS"]')
d.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", e)
w.until(lambda d: "PRK – RUS" in d.find_element(By.ID, "detail").text)
w.until(lambda d: all("…" not in x.text for x in d.find_elements(By.CSS_SELECTOR, "#detail .claim")))
print("EDGE DETAIL:\n", d.find_element(By.ID, "detail").text[:800])
d.find_elements(By.CSS_SELECTOR, "#detail .claim")[0].click()
w.until(lambda d: "Sources (" in d.find_element(By.ID, "detail").text)
print("CLAIM DETAIL:\n", d.find_element(By.ID, "detail").text[:800])
print("URL", d.current_url)
d.find_element(By.ID, "who-reacted").click()
w.until(lambda d: "Reactions to" in d.find_element(By.CSS_SELECTOR, "#detail h2").text)
print("WHO REACTED:", d.find_element(By.CSS_SELECTOR, "#detail h2").text)
d.find_elements(By.CSS_SELECTOR, "#detail .link")[0].click()
w.until(lambda d: "Sources (" in d.find_element(By.ID, "detail").text)
d.find_elements(By.CSS_SELECTOR, "#detail [data-doc]")[0].click()
w.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#detail mark")) == 1)
print("MARK:", d.find_element(By.CSS_SELECTOR, "#detail mark").text)
print("URL", d.current_url)
d.find_elements(By.CSS_SELECTOR, "#timeline-list li")[1].click()
w.until(lambda d: "Sources (" in d.find_element(By.ID, "detail").text)
print("TIMELINE CLICK:", d.find_element(By.CSS_SELECTOR, "#detail h2").text)
d.find_element(By.ID, "show-conflicts").click()
w.until(lambda d: "Conflicting claims" in d.find_element(By.ID, "detail").text)
print("CONFLICTS:\n", d.find_element(By.ID, "detail").text[:400])
d.find_element(By.ID, "as-of").clear(); d.find_element(By.ID, "as-of").send_keys("2024-99"); d.find_element(By.ID, "update").click()
w.until(lambda d: "error" in d.find_element(By.ID, "status").get_attribute("class"))
print("BAD DATE:", d.find_element(By.ID, "status").text)
d.quit()
