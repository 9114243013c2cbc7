package cn.yingshang.bench;

import java.util.Set;

/** One entity as a Drools fact: the same values the column table holds; -1 / null / NaN flags are "unknown". */
public final class EntityFact {

    private final int row;
    private final String region;
    private final String industry;
    private final String size;
    private final String kind;
    private final int ageYears;
    private final int headcount;
    private final boolean revenueKnown;
    private final double revenue;
    private final boolean assetsKnown;
    private final double assets;
    private final Set<String> qualifications;
    private final Set<String> tags;
    private final String creditClass;
    private final int dishonest;
    private final boolean active;
    private final boolean excluded;

    public EntityFact(int row, String region, String industry, String size, String kind, int ageYears, int headcount,
                      Double revenue, Double assets, Set<String> qualifications, Set<String> tags, String creditClass,
                      int dishonest, boolean active, boolean excluded) {
        this.row = row;
        this.region = region;
        this.industry = industry;
        this.size = size;
        this.kind = kind;
        this.ageYears = ageYears;
        this.headcount = headcount;
        this.revenueKnown = revenue != null;
        this.revenue = revenue == null ? 0 : revenue;
        this.assetsKnown = assets != null;
        this.assets = assets == null ? 0 : assets;
        this.qualifications = qualifications;
        this.tags = tags;
        this.creditClass = creditClass;
        this.dishonest = dishonest;
        this.active = active;
        this.excluded = excluded;
    }

    public int getRow() { return row; }
    public String getRegion() { return region; }
    public String getIndustry() { return industry; }
    public String getSize() { return size; }
    public String getKind() { return kind; }
    public int getAgeYears() { return ageYears; }
    public int getHeadcount() { return headcount; }
    public boolean isRevenueKnown() { return revenueKnown; }
    public double getRevenue() { return revenue; }
    public boolean isAssetsKnown() { return assetsKnown; }
    public double getAssets() { return assets; }
    public Set<String> getQualifications() { return qualifications; }
    public Set<String> getTags() { return tags; }
    public String getCreditClass() { return creditClass; }
    public int getDishonest() { return dishonest; }
    public boolean isActive() { return active; }
    public boolean isExcluded() { return excluded; }
}
