package cn.yingshang.demo;

import cn.yingshang.registry.AbnormalPeriod;
import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.EntityStatus;
import cn.yingshang.registry.MarketEntities.BulkEntity;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.registry.TaxFiling;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.EnterpriseSize;
import cn.yingshang.shared.IndustryCode;
import cn.yingshang.shared.Ownership;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates market entities that look like Xinjiang's: counties weighted by their size, the mix of
 * enterprises, 个体工商户 and cooperatives, industries typical of the region, valid credit codes,
 * lognormal headcounts and revenues, and a few entities on the abnormal list without tax filings.
 * The same seed always gives the same entities, in the same order.
 */
public final class DemoEntityGenerator implements Iterator<BulkEntity> {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** 31^9: the space of nine-character organisation identifiers. */
    private static final long ID_SPACE = 26_439_622_160_671L;
    /** Coprime to 31, so index × step mod 31^9 visits every identifier once and looks random. */
    private static final long ID_STEP = 7_919_191_919L;

    private record Template(String industry, EntityKind kind, String[] words, int medianHeadcount, int medianRevenue) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("F5191", EntityKind.ENTERPRISE, words("商贸", "贸易", "供应链"), 12, 800),
            new Template("F5123", EntityKind.ENTERPRISE, words("果业", "农产品", "干果"), 10, 600),
            new Template("F5261", EntityKind.INDIVIDUAL, words("便利店", "超市", "百货商店"), 3, 40),
            new Template("F5225", EntityKind.INDIVIDUAL, words("蔬菜店", "水果店", "粮油店"), 2, 30),
            new Template("H6210", EntityKind.INDIVIDUAL, words("餐厅", "拌面馆", "烤肉店", "抓饭馆"), 5, 60),
            new Template("H6110", EntityKind.ENTERPRISE, words("酒店管理", "宾馆"), 25, 700),
            new Template("C1371", EntityKind.ENTERPRISE, words("食品", "番茄制品", "果蔬加工"), 60, 3000),
            new Template("C1713", EntityKind.ENTERPRISE, words("棉纺", "纺织"), 120, 8000),
            new Template("C2614", EntityKind.ENTERPRISE, words("化工", "煤化工"), 200, 30000),
            new Template("C3011", EntityKind.ENTERPRISE, words("建材", "水泥"), 150, 12000),
            new Template("D4415", EntityKind.ENTERPRISE, words("新能源", "光伏发电", "风电"), 40, 9000),
            new Template("B0610", EntityKind.ENTERPRISE, words("矿业", "煤业"), 300, 40000),
            new Template("E4790", EntityKind.ENTERPRISE, words("建筑工程", "建设工程", "建筑安装"), 50, 5000),
            new Template("G5430", EntityKind.ENTERPRISE, words("物流", "运输", "货运"), 30, 1500),
            new Template("G5990", EntityKind.ENTERPRISE, words("仓储", "冷链仓储"), 15, 500),
            new Template("I6513", EntityKind.ENTERPRISE, words("软件", "信息技术", "数字科技"), 20, 600),
            new Template("I6420", EntityKind.ENTERPRISE, words("网络科技", "互联网信息服务"), 12, 300),
            new Template("L7212", EntityKind.ENTERPRISE, words("商务咨询", "企业管理咨询"), 6, 150),
            new Template("M7320", EntityKind.ENTERPRISE, words("检测技术", "工程技术研究"), 18, 400),
            new Template("K7020", EntityKind.ENTERPRISE, words("物业服务", "物业管理"), 40, 900),
            new Template("O8011", EntityKind.INDIVIDUAL, words("家政服务部", "保洁服务部"), 3, 20),
            new Template("O8111", EntityKind.INDIVIDUAL, words("汽车修理部", "轮胎修理店"), 3, 25),
            new Template("R8710", EntityKind.ENTERPRISE, words("文化旅游", "文化传媒"), 10, 200),
            new Template("A0121", EntityKind.COOPERATIVE, words("棉花种植", "蔬菜种植", "林果种植"), 8, 120),
            new Template("A0311", EntityKind.COOPERATIVE, words("养殖", "畜牧养殖", "牛羊养殖"), 6, 100),
            new Template("A0141", EntityKind.COOPERATIVE, words("红枣种植", "葡萄种植", "核桃种植"), 7, 110));

    private static final String[] TRADE_NAMES = words("天山", "丝路", "昆仑", "金穗", "博格达", "雪莲", "胡杨",
            "绿洲", "瀚海", "天池", "塔河", "金沙", "云杉", "红柳", "阳光", "鑫源", "恒通", "汇丰", "嘉禾", "丰泽",
            "明远", "新源", "华瑞", "德信", "聚力", "同心", "安达", "宏图", "锦程", "盛世", "天瑞", "润泽", "诚信",
            "宝隆", "弘达", "启航", "创新", "兴业", "广汇", "和顺", "瑞丰", "众和", "远航", "金山", "银河", "星火");
    private static final String[] SURNAMES = words("王", "李", "张", "刘", "陈", "马", "买买提", "阿不都", "艾力",
            "古丽", "热依拉", "赵", "周", "吴", "杨");

    private final SplittableRandom random;
    private final long count;
    private final List<RegionCode> counties;
    private final double[] cumulativeWeights;
    private final LocalDate today;
    private long produced;

    public DemoEntityGenerator(long seed, long count, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.count = count;
        this.today = today;
        this.counties = Regions.counties();
        this.cumulativeWeights = new double[counties.size()];
        double sum = 0;
        for (int i = 0; i < counties.size(); i++) {
            sum += Math.max(1, counties.get(i).weight());
            cumulativeWeights[i] = sum;
        }
    }

    @Override
    public boolean hasNext() {
        return produced < count;
    }

    @Override
    public BulkEntity next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long index = produced++;
        RegionCode region = county();
        Template template = template();
        EntityKind kind = template.kind();
        String prefix = switch (kind) {
            case ENTERPRISE -> "91";
            case INDIVIDUAL -> "92";
            case COOPERATIVE -> "93";
        };
        CreditCode code = CreditCode.compose(prefix + region.code() + organisationId(index));
        LocalDate established = today.minusDays(30 + (long) (Math.pow(random.nextDouble(), 1.8) * 365 * 30));
        int headcount = (int) Math.max(1, Math.round(template.medianHeadcount() * lognormal(0.9)));
        BigDecimal revenue = wan(template.medianRevenue() * lognormal(1.0));
        BigDecimal assets = wan(template.medianRevenue() * 1.2 * lognormal(0.8));
        Integer knownHeadcount = random.nextInt(100) < 4 ? null : headcount;
        BigDecimal knownRevenue = random.nextInt(100) < 8 ? null : revenue;
        IndustryCode industry = IndustryCode.of(template.industry());
        EnterpriseSize size = EnterpriseSize.classify(industry, knownHeadcount, knownRevenue, assets).orElse(null);
        Ownership ownership = kind == EntityKind.ENTERPRISE ? ownership() : Ownership.PRIVATE;
        int s = random.nextInt(100);
        EntityStatus status = s < 95 ? EntityStatus.ACTIVE : s < 98 ? EntityStatus.REVOKED : EntityStatus.CANCELLED;
        MarketEntity entity = new MarketEntity(code, name(region, template), kind, ownership, region, industry, established,
                wan(template.medianRevenue() * 0.5 * lognormal(1.0)), knownHeadcount, knownRevenue, assets, size, status,
                qualifications(kind, size), tags(kind, region));
        List<AbnormalPeriod> abnormal = new ArrayList<>();
        List<TaxFiling> filings = new ArrayList<>();
        boolean troubled = random.nextInt(100) < 6;
        if (troubled) {
            LocalDate listed = today.minusDays(200 + random.nextInt(1400));
            if (listed.isBefore(established)) {
                listed = established.plusDays(180);
            }
            boolean removed = random.nextInt(100) < 40;
            LocalDate removedOn = removed ? listed.plusDays(60 + random.nextInt(300)) : null;  // same draws as before
            String reason = random.nextBoolean() ? "未按规定期限公示年度报告" : "通过登记的住所或经营场所无法联系";
            // demo data is consistent in time: no listing before the entity existed or after today, no removal yet to come
            if (listed.isBefore(today)) {
                abnormal.add(new AbnormalPeriod(listed, removedOn != null && removedOn.isBefore(today) ? removedOn : null, reason));
            }
        }
        for (int year = today.getYear() - 4; year < today.getYear(); year++) {
            if (year >= established.getYear()) {
                filings.add(new TaxFiling(year, troubled ? random.nextInt(100) < 30 : random.nextInt(100) < 97));
            }
        }
        return new BulkEntity(entity, abnormal, filings);
    }

    private RegionCode county() {
        double x = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        int lo = 0;
        int hi = cumulativeWeights.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeWeights[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return counties.get(lo);
    }

    private Template template() {
        // 个体工商户 are about two in five of the demo entities, cooperatives one in twenty.
        int k = random.nextInt(100);
        EntityKind kind = k < 55 ? EntityKind.ENTERPRISE : k < 95 ? EntityKind.INDIVIDUAL : EntityKind.COOPERATIVE;
        while (true) {
            Template t = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
            if (t.kind() == kind) {
                return t;
            }
        }
    }

    private static String organisationId(long index) {
        long id = Math.floorMod(index * ID_STEP + 1_234_567L, ID_SPACE);
        char[] chars = new char[9];
        for (int i = 8; i >= 0; i--) {
            chars[i] = ALPHABET.charAt((int) (id % 31));
            id /= 31;
        }
        return new String(chars);
    }

    private String name(RegionCode region, Template template) {
        String place = shortName(region);
        String word = template.words()[random.nextInt(template.words().length)];
        String trade = TRADE_NAMES[random.nextInt(TRADE_NAMES.length)];
        return switch (template.kind()) {
            case ENTERPRISE -> place + trade + word + (random.nextInt(10) < 8 ? "有限公司" : "有限责任公司");
            case INDIVIDUAL -> place + SURNAMES[random.nextInt(SURNAMES.length)] + trade + word;
            case COOPERATIVE -> place + trade + word + "农民专业合作社";
        };
    }

    private static String shortName(RegionCode region) {
        String name = region.name();
        String prefecture = region.prefecture().name();
        String base = name.length() > 2 && (name.endsWith("县") || name.endsWith("区") || name.endsWith("市"))
                ? name.substring(0, name.length() - 1) : name;
        if (name.endsWith("区") && !prefecture.equals(name)) {
            // districts trade under the city's name: 乌鲁木齐天山区 → 乌鲁木齐天山
            return prefecture.replaceAll("(市|地区|自治州)$", "").replaceAll("(回族|蒙古|柯尔克孜|哈萨克)$", "") + base;
        }
        return base;
    }

    private Ownership ownership() {
        int o = random.nextInt(100);
        return o < 88 ? Ownership.PRIVATE : o < 93 ? Ownership.STATE : o < 96 ? Ownership.MIXED
                : o < 98 ? Ownership.COLLECTIVE : Ownership.FOREIGN;
    }

    private Set<String> qualifications(EntityKind kind, EnterpriseSize size) {
        if (kind != EntityKind.ENTERPRISE) {
            return Set.of();
        }
        int q = random.nextInt(1000);
        if (q < 30) {
            return Set.of("高新技术企业");
        }
        if (q < 45 && size != null && size != EnterpriseSize.LARGE) {
            return Set.of("专精特新中小企业", "科技型中小企业");
        }
        if (q < 65) {
            return Set.of("科技型中小企业");
        }
        return Set.of();
    }

    private Set<String> tags(EntityKind kind, RegionCode region) {
        int t = random.nextInt(1000);
        if (kind == EntityKind.ENTERPRISE && t < 50) {
            return Set.of("外贸");
        }
        if (kind == EntityKind.COOPERATIVE && t < 80) {
            return Set.of("农业产业化");
        }
        if (t < 70 && region.prefecture().code().equals("650100")) {
            return Set.of("招商引资");
        }
        return Set.of();
    }

    private double lognormal(double sigma) {
        return Math.exp(sigma * random.nextGaussian());
    }

    private static BigDecimal wan(double value) {
        return BigDecimal.valueOf(Math.round(Math.max(1, value) * 100), 2);
    }

    private static String[] words(String... w) {
        return w;
    }
}
