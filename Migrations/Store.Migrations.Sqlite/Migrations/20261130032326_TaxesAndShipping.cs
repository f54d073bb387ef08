using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Store.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TaxesAndShipping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TaxCategory",
                table: "CatalogProductVariants",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WeightGrams",
                table: "CatalogProductVariants",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "TaxCategory",
                table: "CatalogProducts",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ShippingZones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Places = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShippingZones", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaxCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaxCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaxSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    PricesIncludeTax = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShopCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ShippingCategory = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaxSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ShippingMethods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Price = table.Column<long>(type: "INTEGER", nullable: false),
                    FreeFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Bands = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShippingMethods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShippingMethods_ShippingZones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "ShippingZones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaxRates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PostalPrefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaxRates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaxRates_TaxCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "TaxCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ShippingMethods_ZoneId_Position",
                table: "ShippingMethods",
                columns: new[] { "ZoneId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_TaxCategories_Code",
                table: "TaxCategories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaxRates_CategoryId",
                table: "TaxRates",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_TaxRates_Country_CategoryId",
                table: "TaxRates",
                columns: new[] { "Country", "CategoryId" });

            // BEGIN hand-written data migration (TaxesAndShipping): a shop set up before zones existed keeps
            // shipping as it did (Cart:ShippingFlatRate 500, Cart:FreeShippingThreshold 5000) through one zone
            // for everywhere, so its checkout does not refuse every address. A new database (no Sites row yet)
            // gets its zones from the setup recipe instead. Same SQL on both providers but the JSON cast.
            migrationBuilder.Sql("""
                INSERT INTO "ShippingZones" ("Name", "Places", "Position")
                SELECT 'Everywhere', '*', 0 WHERE EXISTS (SELECT 1 FROM "Sites");
                INSERT INTO "ShippingMethods" ("ZoneId", "Name", "Kind", "Price", "Bands", "FreeFrom", "Position")
                SELECT "Id", 'Standard', 'Flat', 500, '[]', 5000, 0 FROM "ShippingZones";
                """);
            // END hand-written data migration (TaxesAndShipping)
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ShippingMethods");

            migrationBuilder.DropTable(
                name: "TaxRates");

            migrationBuilder.DropTable(
                name: "TaxSettings");

            migrationBuilder.DropTable(
                name: "ShippingZones");

            migrationBuilder.DropTable(
                name: "TaxCategories");

            migrationBuilder.DropColumn(
                name: "TaxCategory",
                table: "CatalogProductVariants");

            migrationBuilder.DropColumn(
                name: "WeightGrams",
                table: "CatalogProductVariants");

            migrationBuilder.DropColumn(
                name: "TaxCategory",
                table: "CatalogProducts");
        }
    }
}
