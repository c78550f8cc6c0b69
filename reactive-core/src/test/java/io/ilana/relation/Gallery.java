package io.ilana.relation;

import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import io.ilana.model.MorphMany;
import io.ilana.model.MorphOne;
import io.ilana.model.MorphTo;
import io.ilana.testkit.TestDatabase;

/**
 * Posts and videos sharing one table of comments and one of images through polymorphic relations,
 * plus notes with explicitly named columns, on {@code m_} tables recreated per test; a log of the
 * statements run.
 */
final class Gallery extends RelationFixture {
  static final String POSTS = "m_posts";
  static final String VIDEOS = "m_videos";
  static final String COMMENTS = "m_comments";
  static final String IMAGES = "m_images";
  static final String NOTES = "m_notes";

  static final class Post extends Model<Post> {
    static final ModelType<Post> TYPE =
        ModelType.of(Post.class, Post::new)
            .table(POSTS)
            .fillable("title", "legacy_id")
            .relation("comments", Post::comments)
            .relation("image", Post::image)
            .relation("notes", Post::notes)
            .relation("legacyNotes", Post::legacyNotes);

    public MorphMany<Comment> comments() {
      return morphMany(Comment.class, "commentable");
    }

    public MorphOne<Image> image() {
      return morphOne(Image.class, "imageable");
    }

    /** Explicit type and id columns. */
    public MorphMany<Note> notes() {
      return morphMany(Note.class, "subject_kind", "subject_ref", "id");
    }

    /** Explicit columns and a local key other than the primary key. */
    public MorphMany<Note> legacyNotes() {
      return morphMany(Note.class, "subject_kind", "subject_ref", "legacy_id");
    }
  }

  static final class Video extends Model<Video> {
    static final ModelType<Video> TYPE =
        ModelType.of(Video.class, Video::new)
            .table(VIDEOS)
            .fillable("title")
            .relation("comments", Video::comments)
            .relation("image", Video::image);

    public MorphMany<Comment> comments() {
      return morphMany(Comment.class, "commentable");
    }

    public MorphOne<Image> image() {
      return morphOne(Image.class, "imageable");
    }
  }

  static final class Comment extends Model<Comment> {
    static final ModelType<Comment> TYPE =
        ModelType.of(Comment.class, Comment::new)
            .table(COMMENTS)
            .fillable("body", "likes")
            .relation("commentable", Comment::commentable);

    public MorphTo<?> commentable() {
      return morphTo("commentable");
    }
  }

  static final class Image extends Model<Image> {
    static final ModelType<Image> TYPE =
        ModelType.of(Image.class, Image::new)
            .table(IMAGES)
            .fillable("url")
            .relation("imageable", Image::imageable);

    public MorphTo<?> imageable() {
      return morphTo("imageable");
    }
  }

  static final class Note extends Model<Note> {
    static final ModelType<Note> TYPE =
        ModelType.of(Note.class, Note::new)
            .table(NOTES)
            .fillable("body")
            .relation("subject", Note::subject);

    public MorphTo<?> subject() {
      return morphTo("subject", "subject_kind", "subject_ref");
    }
  }

  /** A post type on the posts table that refuses lazy loading. */
  static final class StrictPost extends Model<StrictPost> {
    static final ModelType<StrictPost> TYPE =
        ModelType.of(StrictPost.class, StrictPost::new)
            .table(POSTS)
            .fillable("title")
            .preventLazyLoading()
            .relation("comments", StrictPost::comments);

    public MorphMany<Comment> comments() {
      return morphMany(Comment.class, "commentable");
    }
  }

  private Gallery(TestDatabase database) {
    super(database);
    String morph = "_type varchar(255), ";
    recreate(POSTS, id + ", title varchar(50), legacy_id bigint");
    recreate(VIDEOS, id + ", title varchar(50)");
    recreate(
        COMMENTS,
        id + ", body varchar(50), likes int, commentable" + morph + "commentable_id bigint");
    recreate(IMAGES, id + ", url varchar(50), imageable" + morph + "imageable_id bigint");
    recreate(NOTES, id + ", body varchar(50), subject_kind varchar(255), subject_ref bigint");
    startLog();
  }

  static Gallery open(TestDatabase database) {
    return new Gallery(database);
  }

  ModelQuery<Post> posts() {
    return Post.TYPE.query(manager);
  }

  ModelQuery<Video> videos() {
    return Video.TYPE.query(manager);
  }

  ModelQuery<Comment> comments() {
    return Comment.TYPE.query(manager);
  }

  ModelQuery<Image> images() {
    return Image.TYPE.query(manager);
  }

  ModelQuery<Note> notes() {
    return Note.TYPE.query(manager);
  }

  ModelQuery<StrictPost> strictPosts() {
    return StrictPost.TYPE.query(manager);
  }
}
