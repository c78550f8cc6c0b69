package io.ilana.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The hand-written plugin descriptor agrees with the mojo classes. */
class PluginDescriptorTest {
  private static Document descriptor() throws Exception {
    try (InputStream in =
        PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagName(name).item(0).getTextContent();
  }

  @Test
  void everyGoalIsAnIlanaMojoWithTheParametersItDeclares() throws Exception {
    Document document = descriptor();
    assertThat(text(document.getDocumentElement(), "goalPrefix")).isEqualTo("ilana");
    assertThat(text(document.getDocumentElement(), "version")).doesNotContain("@");
    List<String> goals = new ArrayList<>();
    for (Element mojo : children(document.getDocumentElement(), "mojo")) {
      goals.add(text(mojo, "goal"));
      Class<?> type = Class.forName(text(mojo, "implementation"));
      assertThat(IlanaMojo.class).isAssignableFrom(type);
      for (Element parameter : children(mojo, "parameter")) {
        String name = text(parameter, "name");
        assertThat(field(type, name)).as(type.getSimpleName() + "." + name).isNotNull();
      }
    }
    assertThat(goals)
        .contains(
            "migrate",
            "rollback",
            "reset",
            "refresh",
            "fresh",
            "status",
            "list",
            "unlock",
            "seed",
            "wipe",
            "setup",
            "run",
            "make-model",
            "make-migration",
            "make-seeder",
            "make-factory",
            "make-observer",
            "make-cast");
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return null;
  }
}
