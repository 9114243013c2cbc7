/**
 * Government services (政务服务, 001 §28–36, 000 §19–21): the basic catalogue of service items and
 * each department's implementing list, public guides with their materials and time limits, and
 * the rules by which service cases are handled (one-time notice, accept with deficiency).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Government services",
        allowedDependencies = {"appeal", "catalogue", "credit", "platform", "reference", "registry", "shared"})
package cn.yingshang.services;
