package cn.yingshang.platform.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Command-line verification of the audit chain, for an auditor with read access to the database and
 * nothing else of the platform. Usage (exit code 0 intact, 1 broken, 2 cannot check):
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.mainClass=cn.yingshang.platform.internal.AuditChainVerifier \
 *     -Dexec.args="jdbc:postgresql://db:5432/yingshang auditor"      # password in PGPASSWORD
 * java -cp yingshang.jar -Dloader.main=cn.yingshang.platform.internal.AuditChainVerifier \
 *     org.springframework.boot.loader.launch.PropertiesLauncher jdbc:postgresql://db:5432/yingshang auditor
 * </pre>
 * It reads only; entries not yet sealed are counted, not checked (the platform seals every few seconds).
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length < 1) {
            out.println("usage: AuditChainVerifier JDBC_URL [USER]   (password from PGPASSWORD)");
            return 2;
        }
        String user = args.length > 1 ? args[1] : System.getProperty("user.name");
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        try (Connection c = DriverManager.getConnection(args[0], user, password)) {
            AuditChainVerification.Result result = AuditChainVerification.verify(c);
            out.println(result.summary());
            return result.intact() ? 0 : 1;
        } catch (SQLException e) {
            out.println("cannot verify: " + e.getMessage());
            return 2;
        }
    }
}
