/**
 * Inspections (涉企检查): published inspection items, random draws anyone can verify, ratios by
 * credit risk class, joint visits, QR check-in, one-form results sent to credit and published.
 * Other modules read figures through {@link cn.yingshang.inspection.InspectionFigures} and react to
 * {@link cn.yingshang.inspection.InspectionResultPublished}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspections",
        allowedDependencies = {"catalogue", "credit", "platform", "reference", "registry", "shared"})
package cn.yingshang.inspection;
