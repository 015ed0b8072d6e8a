package io.github.classicml.examples;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that an example's picture is a PNG that decodes and is not blank. */
final class Pictures {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Pictures() {
    }

    /**
     * Fails unless the file starts with the PNG signature, decodes with ImageIO to a picture of at least
     * 100 × 100 pixels, and holds more than one colour.
     *
     * @param file the picture
     * @throws IOException if it cannot be read
     */
    static void assertValidAndNotBlank(Path file) throws IOException {
        assertTrue(file.getFileName().toString().endsWith(".png"), file.toString());
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > PNG_SIGNATURE.length, file + " is empty");
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            assertEquals(PNG_SIGNATURE[i], bytes[i], file + ": not a PNG signature at byte " + i);
        }
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, file + " does not decode");
        assertTrue(image.getWidth() >= 100 && image.getHeight() >= 100,
                file + " is " + image.getWidth() + " x " + image.getHeight());
        int first = image.getRGB(0, 0);
        int different = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                different += image.getRGB(x, y) != first ? 1 : 0;
            }
        }
        // a chart with axes, a title and at least one series differs from its background in many pixels
        assertTrue(different > 500, file + " is blank: only " + different + " pixels differ from the corner");
    }
}
