using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Reviews.Reviews;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("Reviews");
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.Author).HasMaxLength(100);
        builder.Property(r => r.Title).HasMaxLength(Review.MaxTitle);
        builder.Property(r => r.Body).HasMaxLength(Review.MaxBody);
        builder.Property(r => r.RejectionReason).HasMaxLength(Review.MaxReason);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);

        // One review per customer and product, however many submits race.
        builder.HasIndex(r => new { r.ProductId, r.UserId }).IsUnique();

        // The product page and the index's ratings: approved reviews of a product; the queue: by status.
        builder.HasIndex(r => new { r.Status, r.ProductId, r.Rating });
        builder.HasIndex(r => new { r.Status, r.CreatedUtc });
    }
}
