using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Content.Home;

internal sealed class HomeSectionConfiguration : IEntityTypeConfiguration<HomeSection>
{
    public void Configure(EntityTypeBuilder<HomeSection> builder)
    {
        builder.ToTable("ContentHomeSections");
        builder.Ignore(s => s.ItemList);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Heading).HasMaxLength(HomeSection.HeadingMaxLength);
        builder.Property(s => s.Text).HasMaxLength(HomeSection.TextMaxLength);
        builder.Property(s => s.ImageUrl).HasMaxLength(HomeSection.UrlMaxLength);
        builder.Property(s => s.ImageAlt).HasMaxLength(HomeSection.HeadingMaxLength);
        builder.Property(s => s.LinkText).HasMaxLength(HomeSection.HeadingMaxLength);
        builder.Property(s => s.LinkUrl).HasMaxLength(HomeSection.UrlMaxLength);
        builder.Property(s => s.Items).HasMaxLength(HomeSection.ItemsMaxLength);
        builder.HasIndex(s => s.Position);
    }
}
