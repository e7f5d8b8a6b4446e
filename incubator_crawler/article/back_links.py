"""The words of a page's own link back to its column (``返回列表``, ``返回栏目``, ``【返回上一级】``).

Such a link leads to the list the item is filed under: the category reads it as the witness of a
trail drawn by a style sheet (chinahighway.com), people.settle as the sign that a 来源 value
linking there names the column, not an origin. Both build their recognisers from these words.
"""

from __future__ import annotations

#: The word a back link opens with.
BACK = "返回"
#: What it leads back to: the item's column or list.
COLUMN_WORDS = ("栏目", "欄目", "列表")
#: Or up a level (``【返回上一级】``).
UP_WORDS = ("上一级", "上级", "上一級", "上級")
