import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Used by ./mvnw when neither curl nor wget is installed: java Download.java URL FILE. */
public class Download {
  public static void main(String[] args) throws Exception {
    try (InputStream in = URI.create(args[0]).toURL().openStream()) {
      Files.copy(in, Path.of(args[1]), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
