package io.github.classicml.algorithms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the golden model files of the current format version, one per {@link ModelFileCases} case
 * and one for the bag-of-words vocabulary ({@link ModelFileCases#bagOfWords()}), into
 * {@code src/test/resources/modelfiles/v<version>/}. Run once when a model type is added (files of
 * existing types and of earlier versions are never rewritten: they are what older releases wrote), from
 * the {@code algorithms} directory after, from the project root,
 * {@code ./mvnw -o -q test-compile dependency:build-classpath -pl algorithms -am -Dmdep.outputFile=target/cp.txt}
 * (in one reactor run, so that {@code target/cp.txt} names the sibling modules' fresh
 * {@code target/classes}, not older jars in the local repository):
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     io.github.classicml.algorithms.GoldenModelFiles [--overwrite]
 * </pre>
 *
 * The tests then load each file and compare it with a fresh fit of
 * the same learner on the same data.
 */
public final class GoldenModelFiles {

    private GoldenModelFiles() {
    }

    /**
     * @param args {@code --overwrite} to rewrite files that exist
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        boolean overwrite = args.length > 0 && args[0].equals("--overwrite");
        Path dir = Path.of("src", "test", "resources", "modelfiles", "v" + ModelFiles.FORMAT_VERSION);
        Files.createDirectories(dir);
        for (ModelFileCases.Case c : ModelFileCases.all()) {
            Path file = dir.resolve(c.name() + ".model");
            if (overwrite || !Files.exists(file)) {
                ModelFiles.save(c.fit(), file);
                System.out.println("wrote " + file);
            }
        }
        Path words = dir.resolve(ModelFileCases.BAG_OF_WORDS + ".model");
        if (overwrite || !Files.exists(words)) {
            ModelFiles.save(ModelFileCases.bagOfWords().fit(ModelFileCases.texts()), words);
            System.out.println("wrote " + words);
        }
    }
}
