/**
 * Appeals (诉求, 12345 / 接诉即办): intake from every channel, dispatch, handling, reply, rating,
 * time limits on the regional calendar, confidentiality and figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals")
package cn.yingshang.appeal;
