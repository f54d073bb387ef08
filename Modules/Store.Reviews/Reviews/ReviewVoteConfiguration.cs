using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Reviews.Reviews;

internal sealed class ReviewVoteConfiguration : IEntityTypeConfiguration<ReviewVote>
{
    public void Configure(EntityTypeBuilder<ReviewVote> builder)
    {
        builder.ToTable("ReviewVotes");
        builder.Property(v => v.UserId).HasMaxLength(450);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(v => new { v.ReviewId, v.UserId, v.Kind }).IsUnique();
        builder.HasOne<Review>().WithMany().HasForeignKey(v => v.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
