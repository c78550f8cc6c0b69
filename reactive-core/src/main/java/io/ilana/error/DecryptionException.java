package io.ilana.error;

/**
 * An encrypted attribute could not be decrypted. Every cause (a malformed envelope, an unknown key,
 * a failed authentication, a value moved from another table, column or row) raises this one
 * exception with one fixed message and no cause, so the failure tells an attacker nothing about
 * which check failed, and neither plaintext nor ciphertext reaches a log. Values read into a model
 * are decrypted as the row is read, so a failure names the model and column and fails the read.
 */
public class DecryptionException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /** The one message every decryption failure carries. */
  public static final String MESSAGE = "The encrypted value could not be decrypted.";

  /** Creates the exception with its fixed message. */
  public DecryptionException() {
    super(MESSAGE);
  }

  /**
   * The failure of a value read into a model, naming where it was read; the message says which
   * attribute, and still nothing about which check failed.
   *
   * @param model the model's class name
   * @param table the model's table
   * @param column the encrypted column
   */
  public DecryptionException(String model, String table, String column) {
    super(
        "The encrypted value of "
            + model
            + "."
            + column
            + " (table "
            + table
            + ") could not be decrypted.");
  }
}
