package cn.yingshang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class YingshangApplication {

    public static void main(String[] args) {
        SpringApplication.run(YingshangApplication.class, args);
    }
}
