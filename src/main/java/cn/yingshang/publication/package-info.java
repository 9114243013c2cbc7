/**
 * Licence and penalty publication (双公示): administrative licensing decisions (service decisions,
 * licence records) and penalty decisions (credit penalty records) in the fields of the national
 * 《行政许可和行政处罚等信用信息数据标准》, as a daily download and a paged feed with a change
 * cursor, each due within 7 working days of its decision; {@link cn.yingshang.publication.PublicationFigures}
 * gives the on-time figure. Decisions come only from the owning modules' public events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Licence and penalty publication",
        allowedDependencies = {"credit", "platform", "reference", "registry", "services", "shared"})
package cn.yingshang.publication;
