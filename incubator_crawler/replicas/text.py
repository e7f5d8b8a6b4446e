"""Original Chinese article text for the site replicas, composed from topic templates.

Every replica article is one topic filled with a zone, organisations, people and numbers chosen
deterministically from its index, so the texts differ between sites and between articles while
staying readable. None of it is copied from a real page.
"""

from __future__ import annotations

from dataclasses import dataclass

ZONES = (
    "中关村科学城",
    "东湖高新区",
    "光谷生物城",
    "苏州工业园区",
    "成都高新区",
    "西安高新区",
    "张江科学城",
    "合肥高新区",
    "杭州未来科技城",
    "天津滨海高新区",
    "长沙麓谷",
    "济南高新区",
    "南京江北新区",
    "厦门火炬高新区",
    "青岛高新区",
    "郑州高新区",
)
CARRIERS = ("科技企业孵化器", "众创空间", "大学科技园", "加速器", "概念验证中心", "中试基地")
FIELDS = (
    "集成电路",
    "生物医药",
    "人工智能",
    "新能源汽车",
    "光电子信息",
    "低空经济",
    "商业航天",
    "智能制造",
    "新材料",
    "数字医疗",
)
PEOPLE = (
    "李明远",
    "王晓彤",
    "陈志刚",
    "赵雅楠",
    "刘思远",
    "孙立新",
    "周慧敏",
    "吴海涛",
    "郑秋实",
    "冯子墨",
    "何嘉怡",
    "许文博",
)


@dataclass(frozen=True)
class Text:
    """A composed article: its title and its body paragraphs."""

    title: str
    paragraphs: tuple[str, ...]

    @property
    def body(self) -> str:
        """The body a crawl stores for these paragraphs: parted by a blank line."""
        return "\n\n".join(self.paragraphs)


# Each topic: a title template and paragraph templates. Slots: {zone} {zone2} {carrier}
# {field} {field2} {n1}..{n4} {person} {month} {year}.
TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "{zone}新增{n1}家{carrier}通过年度绩效评价",
        (
            "{year}年{month}月，{zone}公布了本年度{carrier}绩效评价结果，共有{n1}家载体评为优秀等次，较上年多出{n2}家。",
            "评价围绕在孵企业成长、创业导师服务和投融资对接三个方面展开，{field}领域的载体在企业毕业率一项上表现突出。",
            "园区负责人{person}介绍，评价结果将与房租补贴和运营奖励挂钩，排名靠后的载体需要在半年内提交整改方案。",
        ),
    ),
    (
        "{field}中试平台在{zone}投入使用",
        (
            "位于{zone}的{field}中试平台日前正式投入使用，首批{n1}个项目已经进场开展工艺验证。",
            "平台建筑面积约{n2}00平方米，配置了公共洁净车间和检测仪器，中小企业可以按小时预约，费用只有自建产线的一小部分。",
            "“过去一个样品要排队几个月，现在两周就能拿到数据。”入驻企业负责人{person}说。",
            "下一步，平台将与本地高校共建{field2}联合实验室，把更多实验室成果推向量产。",
        ),
    ),
    (
        "{zone}发布支持{carrier}高质量发展若干措施",
        (
            "为进一步激发创新创业活力，{zone}管委会近日印发支持{carrier}高质量发展的若干措施，共{n3}条。",
            "措施明确，对新认定的国家级{carrier}给予一次性奖励{n1}0万元，对引进{field}领域早期项目的载体按实际投资额给予配套支持。",
            "措施还提出建立载体分级分类评价机制，连续两年评价不合格的载体将退出支持名单。",
            "相关措施自发布之日起施行，有效期三年。",
        ),
    ),
    (
        "第{n3}届{field}创新创业大赛{zone}赛区落幕",
        (
            "{month}月中旬，第{n3}届{field}创新创业大赛{zone}赛区决赛举行，{n2}支团队同台路演。",
            "经过专家评审，{n4}个项目晋级全国总决赛，其中一半以上来自在孵企业和高校科研团队。",
            "评委{person}表示，今年参赛项目的技术成熟度明显提高，多个团队已经拿到了首批订单。",
            "赛后，主办方组织了投融资对接会，{n1}家投资机构与参赛团队进行了一对一洽谈。",
        ),
    ),
    (
        "{zone}科技型中小企业评价入库数量突破{n1}00家",
        (
            "记者从{zone}获悉，截至{month}月底，园区科技型中小企业评价入库数量已突破{n1}00家，同比增长{n4}成。",
            "入库企业集中在{field}和{field2}两个方向，研发投入强度平均超过百分之{n3}。",
            "园区为入库企业开通了研发费用加计扣除政策辅导专线，累计帮助企业享受税收优惠数千万元。",
        ),
    ),
    (
        "{carrier}运营人才培训班在{zone}开班",
        (
            "由{zone}组织的{carrier}运营人才培训班{month}月开班，来自各地的{n2}名学员参加培训。",
            "课程包括孵化服务体系建设、创业投资基础、知识产权运营和{field}产业研判，授课教师既有高校学者也有一线投资人。",
            "学员{person}说，案例教学让她对如何为早期团队配置资源有了更具体的认识。",
            "培训结束后，考核合格的学员将取得结业证书，并纳入区域孵化人才库。",
        ),
    ),
    (
        "{zone}与{zone2}签署科技园区合作协议",
        (
            "{zone}与{zone2}日前签署科技园区合作协议，双方将在{field}产业链协同、孵化载体共建和人才交流等方面开展合作。",
            "根据协议，两地将互设异地孵化基地，在对方园区注册的企业可以同等享受当地的创业扶持政策。",
            "双方还将每年轮流举办一次项目对接会，首场活动计划于{n3}月举行。",
        ),
    ),
    (
        "{field}企业在{zone}集中签约落户",
        (
            "{month}月，{zone}举行{field}产业项目集中签约活动，{n2}个项目现场签约，计划总投资约{n1}亿元。",
            "签约项目既有龙头企业的区域总部，也有从{carrier}毕业的成长型企业。",
            "园区将为签约项目安排专员跟进，从注册登记到厂房装修实行全程代办。",
            "{person}表示，园区已经形成从研发、中试到量产的完整链条，这是企业愿意落户的重要原因。",
        ),
    ),
    (
        "{zone}举办科技金融对接会助力企业融资",
        (
            "近日，{zone}举办科技金融对接会，{n2}家银行和投资机构与{n1}家科技企业面对面交流。",
            "会上发布了知识产权质押融资和“投贷联动”等专属产品，单户最高授信额度达到{n3}000万元。",
            "一家{field}企业的财务负责人{person}介绍，公司凭借发明专利获得了首笔信用贷款，解决了扩产资金的燃眉之急。",
        ),
    ),
    (
        "关于开展{year}年度{carrier}认定工作的通知",
        (
            "各有关单位：为做好{year}年度{carrier}认定工作，现将有关事项通知如下。",
            "申报单位应具有独立法人资格，场地面积不少于{n3}000平方米，在孵企业不少于{n2}家，并配备专职运营团队。",
            "请符合条件的单位于{month}月{n4}日前通过管理系统提交申报材料，逾期不予受理。",
            "联系人：{person}，联系电话：010-6{n1}{n2}{n3}{n4}。",
        ),
    ),
    (
        "{zone}高新技术企业数量稳步增长",
        (
            "{zone}最新统计显示，园区有效期内高新技术企业已达{n1}00余家，其中{field}企业占比接近三成。",
            "今年以来，园区通过“苗圃—孵化器—加速器”梯次培育体系，推动{n2}家在孵企业首次申报高企。",
            "园区还组织专家上门开展辅导，帮助企业规范研发项目管理和财务归集。",
            "{person}介绍，下一步将重点培育专精特新企业，推动更多企业进入资本市场。",
        ),
    ),
    (
        "{carrier}开放日活动走进{zone}",
        (
            "{month}月的一个周末，{zone}多家{carrier}同时举办开放日，吸引了{n2}00余名市民和创业者参观。",
            "在{field}展区，参观者可以亲手体验企业研发的新产品，工作人员现场讲解技术原理。",
            "不少大学生在开放日上咨询入驻条件，运营方表示将为应届毕业生团队提供半年免租工位。",
        ),
    ),
)

CUT_TITLE = 16


def compose(index: int, *, salt: int = 0, year: int = 2024, month: int = 4) -> Text:
    """Compose article number ``index`` of a site (``salt`` varies the choices between sites)."""
    k = index + salt * 5
    title_tpl, para_tpls = TOPICS[(index * 5 + salt * 7) % len(TOPICS)]
    slots = {
        "zone": ZONES[(k * 3 + salt) % len(ZONES)],
        "zone2": ZONES[(k * 3 + salt + 5) % len(ZONES)],
        "carrier": CARRIERS[(k + salt) % len(CARRIERS)],
        "field": FIELDS[(k * 7 + salt) % len(FIELDS)],
        "field2": FIELDS[(k * 7 + salt + 3) % len(FIELDS)],
        "person": PEOPLE[(k * 5 + salt) % len(PEOPLE)],
        "n1": str(2 + (k * 7 + salt) % 38),
        "n2": str(3 + (k * 11 + salt) % 27),
        "n3": str(2 + (k * 3 + salt) % 9),
        "n4": str(1 + (k * 5 + salt) % 9),
        "year": str(year),
        "month": str(month),
    }
    return Text(
        title=title_tpl.format(**slots),
        paragraphs=tuple(p.format(**slots) for p in para_tpls),
    )


def cut(title: str, limit: int = CUT_TITLE) -> str:
    """A list's anchor text: the title cut to ``limit`` characters with ... (a@title keeps it whole)."""
    return title if len(title) <= limit else title[:limit] + "..."
