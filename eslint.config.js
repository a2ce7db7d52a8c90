// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * A feature folder is used through its public entry point only: code outside
 * `features/<name>/` imports `features/<name>/index`, never a file inside it
 * (docs/decisions/0005-composition-root-and-error-vocabulary.md). One call per
 * app: `root` is the app's folder, `index` how an import of an entry point ends
 * ("index.js" where imports name the compiled file, "index" where they do not).
 */
function featureBoundaries({ root, index }) {
  const notIndex = `(?!${index.replace(".", "\\.")}$)`;
  const message = "Import another feature through its index (its public entry point), not its internals.";
  // From anywhere: ../features/game/game.service.js
  const fromOutside = { regex: `(^|/)features/[^/]+/${notIndex}`, message };
  // From inside a feature, a sibling feature: ../game/game.service.js
  const fromSibling = { regex: `^\\.\\./[^./][^/]*/${notIndex}`, message };
  const sources = "**/*.{ts,tsx}";
  return [
    { files: [`${root}/${sources}`], rules: { "no-restricted-imports": ["error", { patterns: [fromOutside] }] } },
    {
      files: [`${root}/src/features/*/${sources}`],
      rules: { "no-restricted-imports": ["error", { patterns: [fromOutside, fromSibling] }] },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "data/**",
      "**/.cache/**",
      "coverage/**",
      "**/*.config.js",
      "**/public/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.mjs", "scripts/*.mjs", "scripts/*/*.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      "@typescript-eslint/only-throw-error": "off",
      // Interface methods are async by contract even where an implementation has nothing to await.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...featureBoundaries({ root: "apps/api", index: "index.js" }),
  ...featureBoundaries({ root: "apps/web", index: "index" }),
  // The web app's features are flat folders (the sibling rule above reads "../<feature>/" as
  // another feature), and lib/ and ui/ sit below the features and routes.
  {
    files: ["apps/web/src/features/*/*/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "Program", message: "A web feature is one flat folder: move this file up into its feature." },
      ],
    },
  },
  {
    files: ["apps/web/src/lib/**/*.{ts,tsx}", "apps/web/src/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: String.raw`(^|/)(features|routes)(/|$)`,
              message: "lib/ and ui/ sit below the features and routes: move the shared piece down instead.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "tests/**", "e2e/**", "**/test/**", "**/bench/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
