"""Original article text for the gold pages: slot-filled sentences, varied per page by a seeded RNG.

Nothing here is copied from a real article; names, numbers and organisations are invented.
"""

from __future__ import annotations

import random

PLACES = (
    "济南",
    "武汉东湖",
    "成都",
    "苏州工业园区",
    "西安",
    "合肥",
    "杭州滨江",
    "南京江北",
    "长沙麓谷",
    "青岛",
    "厦门火炬",
    "珠海",
    "天津滨海",
    "郑州",
    "无锡",
    "常州",
    "宁波",
    "佛山",
    "绵阳",
    "洛阳",
)
FIELDS = (
    "人工智能",
    "生物医药",
    "集成电路",
    "新能源汽车",
    "新材料",
    "低空经济",
    "智能制造",
    "工业软件",
    "医疗器械",
    "储能",
)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "晓东明华丽娜建国海燕志强秀英伟军小红文静子涵俊杰雨欣思远宇航晨曦佳怡浩然一鸣若冰国庆立新春生玉兰德明"

TITLE_TEMPLATES = (
    "{place}高新区{n}家孵化器获评国家级优秀等次",
    "{place}出台支持{field}产业孵化载体发展若干措施",
    "{field}企业加速器在{place}正式启用",
    "{place}举办{year}年创新创业大赛{field}行业赛",
    "{place}科技企业孵化器联盟召开年度工作会议",
    "{place}{n}个众创空间通过省级备案",
    "关于开展{year}年度科技企业孵化器绩效评价工作的通知",
    "{place}高新区上半年新增科技型中小企业{big}家",
    "{place}：“孵化+投资”模式助力{field}初创企业成长",
    "{place}发布{field}中试平台开放共享清单",
    "{place}大学科技园入驻项目突破{n}0个",
    "{place}推动{field}概念验证中心建设",
)

SENTENCES = (
    "近日，{place}高新区召开{field}产业推进会，{org}负责人介绍了近期孵化载体建设的进展情况。",
    "据统计，{place}现有各类孵化载体{n}家，在孵企业超过{big}家，其中{field}领域企业占比接近三成。",
    "会上，{n}家在孵企业代表分别围绕技术研发、市场拓展和融资需求作了交流发言。",
    "{org}相关负责人表示，下一步将继续完善“众创空间—孵化器—加速器—产业园”全链条孵化体系。",
    "为降低初创企业的研发成本，园区统一建设了共享实验室和小试车间，企业可按小时预约使用。",
    "今年以来，{place}累计为在孵企业对接天使投资和创业投资{n}亿元，较上年同期增长{pct}%。",
    "{person}是一家{field}初创企业的创始人，他说，孵化器提供的场地补贴和导师辅导让团队少走了不少弯路。",
    "活动现场，{n}个{field}项目进行了路演，{n2}家投资机构的代表参与点评并现场洽谈合作意向。",
    "根据评价办法，孵化器的服务能力、孵化绩效和可持续发展能力三项指标共占总分的八成。",
    "评价结果将作为财政资金支持和年度考核的重要依据，连续两年评价不合格的将取消备案资格。",
    "{place}还将安排专项资金，对新认定的国家级孵化器给予一次性奖励，最高不超过{n}00万元。",
    "截至目前，该加速器已签约入驻企业{n}家，涵盖{field}、检验检测和技术服务等多个方向。",
    "业内人士认为，{field}赛道技术门槛高、验证周期长，专业化孵化器的作用尤为明显。",
    "下一步，{org}将加强与高校院所的合作，推动更多实验室成果在园区落地转化。",
    "园区同时开通了政策“一网通办”服务，企业申报各类扶持资金的平均办理时间缩短到{n}个工作日。",
    "2023年以来，{place}先后出台了{n}项支持科技成果转化的政策文件，覆盖人才、金融和场地等方面。",
    "据介绍，大赛共吸引{big}个项目报名，经过初赛和复赛，最终{n}个项目进入决赛。",
    "获奖项目除获得奖金外，还可优先入驻园区孵化载体，并享受最长三年的房租减免。",
    "{person}介绍，目前孵化器已形成“专业导师+产业资本+公共技术平台”的服务模式。",
    "{place}将持续优化创新创业生态，力争到2027年各类孵化载体总面积超过{n}0万平方米。",
    "该平台面向区内外企业开放，提供样品试制、性能测试和工艺验证等服务，已累计服务企业{big}家次。",
    "与会专家建议，孵化器应从“提供空间”转向“提供能力”，把更多资源投向早期技术验证。",
    "{org}还组织了{n}场政策宣讲会，帮助企业了解研发费用加计扣除和高新技术企业认定的申报要点。",
    "不少企业负责人表示，园区的人才公寓和子女入学服务解决了引进骨干人员的后顾之忧。",
    "今年一季度，区内{field}企业营业收入同比增长{pct}%，增速高于全区平均水平。",
    "会议还通报了上一年度孵化器绩效评价的结果，{n}家单位被评为优秀。",
    "{person}表示，将把企业反映的问题逐项梳理，明确责任单位和完成时限，做到件件有回音。",
    "按照计划，第二批申报工作将于下月启动，申报材料通过线上系统统一提交。",
)

ORGS = (
    "区科技创新局",
    "管委会创新创业服务中心",
    "市科学技术局",
    "园区企业服务中心",
    "火炬创业中心",
    "区经济发展局",
    "高新区管委会",
)

NOTICE_SENTENCES = (
    "各有关单位：",
    "为贯彻落实国家和省关于推动科技企业孵化器高质量发展的部署，现就开展{year}年度孵化载体绩效评价工作有关事项通知如下。",
    "一、评价对象",
    "截至{year}年12月31日已在{place}备案满一年的科技企业孵化器、众创空间和大学科技园。",
    "二、评价内容",
    "主要包括服务能力、孵化绩效、可持续发展能力等方面，具体指标见附件1。",
    "三、工作要求",
    "请各单位于{month}月{day}日前通过管理系统提交自评材料，逾期未提交的视为自动放弃。",
    "联系人：{person}，联系电话：0531-8888{n4}。",
    "附件：1.孵化载体绩效评价指标  2.自评报告提纲",
)

TC_PLACES = ("臺北", "新竹", "臺中", "高雄", "臺南", "桃園", "深圳", "廣州", "香港", "澳門")
TC_FIELDS = ("半導體", "生物科技", "人工智慧", "綠色能源", "智慧醫療", "精密機械")
TC_TITLES = (
    "{place}科學園區{n}家新創企業獲選年度育成計畫",
    "{place}推動{field}創業育成中心擴大招募",
    "{field}新創團隊在{place}展示最新研發成果",
    "{place}創新創業競賽{field}組決賽落幕",
    "{place}育成中心與創投基金簽署合作備忘錄",
    "{place}公布{field}產業扶持新措施",
)
TC_SENTENCES = (
    "{place}科學園區管理單位日前表示，今年共有{n}家{field}新創企業通過審查，正式進駐育成中心。",
    "據了解，入選團隊可獲得為期兩年的辦公空間、實驗設備與專業導師輔導。",
    "管理單位負責人指出，{field}產業研發週期長、資金需求大，育成機制能有效降低創業風險。",
    "今年申請件數達{big}件，較去年增加{pct}%，顯示創業風氣持續升溫。",
    "{person}是一家{field}新創公司的執行長，他說，進駐園區後與上下游廠商的合作明顯更加順暢。",
    "活動當天共有{n}支團隊上台簡報，吸引{n2}家創投機構到場交流。",
    "主辦單位也規劃了海外市場對接活動，協助團隊拓展東南亞與歐洲市場。",
    "專家建議，新創企業應及早布局智慧財產權，並重視產品驗證與法規認證。",
    "未來三年，{place}將投入新台幣{n}億元，強化{field}共用實驗室與試量產平台。",
    "業者表示，政府的補助與園區的群聚效應，是吸引人才返鄉創業的重要原因。",
)
TC_SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周葉蘇莊呂江何蕭羅高"
TC_GIVEN = "志明美玲建宏淑芬俊傑怡君家豪雅婷冠宇佳穎承恩詩涵"


class Writer:
    """Deterministic text source for one page."""

    def __init__(self, seed: int, traditional: bool = False) -> None:
        self.rng = random.Random(seed)
        self.tc = traditional

    def person(self) -> str:
        """A random (invented) two- or three-character name."""
        r = self.rng
        sur, given = (TC_SURNAMES, TC_GIVEN) if self.tc else (SURNAMES, GIVEN)
        n = r.choice((1, 2, 2))
        return r.choice(sur) + "".join(r.choice(given) for _ in range(n))

    def slots(self) -> dict[str, str]:
        """Slot values for one sentence."""
        r = self.rng
        return {
            "place": r.choice(TC_PLACES if self.tc else PLACES),
            "field": r.choice(TC_FIELDS if self.tc else FIELDS),
            "n": str(r.randint(3, 48)),
            "n2": str(r.randint(5, 30)),
            "n4": str(r.randint(1000, 9999)),
            "big": str(r.randint(120, 2600)),
            "pct": str(r.randint(6, 45)),
            "year": str(r.choice((2023, 2024, 2025))),
            "month": str(r.randint(1, 12)),
            "day": str(r.randint(1, 28)),
            "org": r.choice(ORGS),
            "person": self.person(),
        }

    def fill(self, template: str, fixed: dict[str, str] | None = None) -> str:
        """Fill one template."""
        s = self.slots()
        if fixed:
            s.update(fixed)
        return template.format(**s)

    def title(self, fixed: dict[str, str] | None = None) -> str:
        """An article title."""
        return self.fill(self.rng.choice(TC_TITLES if self.tc else TITLE_TEMPLATES), fixed)

    def paragraphs(self, n: int | None = None, fixed: dict[str, str] | None = None) -> list[str]:
        """Body paragraphs of 2-4 sentences each."""
        r = self.rng
        pool = list(TC_SENTENCES if self.tc else SENTENCES)
        r.shuffle(pool)
        n = n or (r.randint(3, 4) if self.tc else r.randint(3, 7))
        out = []
        for _ in range(n):
            k = r.randint(1, 3) if self.tc else r.randint(2, 4)
            sents = [
                pool.pop() if pool else r.choice(TC_SENTENCES if self.tc else SENTENCES)
                for _ in range(k)
            ]
            out.append("".join(self.fill(s, fixed) for s in sents))
        return out

    def notice(self, fixed: dict[str, str] | None = None) -> list[str]:
        """A 通知 body: headed sections, contact line, attachment list."""
        return [self.fill(s, fixed) for s in NOTICE_SENTENCES]
