"""Attachment links found on a page; files stored once by content."""

from __future__ import annotations

from incubator_crawler.archive.files import store_file
from incubator_crawler.listing.attachments import find_attachment_links

PAGE = """<html><body><div class="content"><p>附件：</p>
<p><a href="/UploadFiles/2024/办法.pdf">1.管理办法.pdf</a></p>
<p><a href="files/申报表.DOCX">2. 申报表</a></p>
<p><a href="/UploadFiles/2024/办法.pdf">重复链接</a></p>
<p><a href="/news/show/1.aspx">相关新闻</a> <a href="javascript:void(0)">打印</a></p>
</div></body></html>""".encode("gbk")


def test_find_attachment_links():
    links = find_attachment_links(PAGE, "gb18030", "http://x.test/policy/show/7.aspx")
    assert links == [
        {"url": "http://x.test/UploadFiles/2024/办法.pdf", "name": "1.管理办法.pdf"},
        {"url": "http://x.test/policy/show/files/申报表.DOCX", "name": "2. 申报表"},
    ]


def test_store_file_dedupes_by_content(tmp_path):
    first = store_file(tmp_path, b"%PDF-1.4 same bytes", "http://a.test/x.pdf")
    second = store_file(tmp_path, b"%PDF-1.4 same bytes", "http://b.test/other-name.pdf")
    assert first == second
    assert len(list(tmp_path.rglob("*.pdf"))) == 1
    assert (tmp_path / first[1]).read_bytes() == b"%PDF-1.4 same bytes"
