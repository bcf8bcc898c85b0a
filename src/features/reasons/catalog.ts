import { reasons } from 'virtual:reason-catalog';
import type { CatalogReason, Category } from '../../content/schema';

export { reasons };

const bySlug = new Map(reasons.map((r) => [r.slug, r]));

export function getReason(slug: string): CatalogReason | undefined {
  return bySlug.get(slug);
}

export const categoryLabels: Record<Category, { title: string; blurb: string }> = {
  'certificate-details': {
    title: 'What you typed or selected',
    blurb: 'The name, certificate number, type or dates you entered do not match your certificate.',
  },
  'certificate-image': {
    title: 'The photo or scan of your certificate',
    blurb: 'The image is unclear, incomplete, in black and white, or the wrong document.',
  },
  'domain-name': {
    title: 'The domain name itself',
    blurb: 'The domain name contains words that are not allowed.',
  },
  'file-upload': {
    title: 'Uploading the file',
    blurb: 'The file was refused on upload because of its size or format.',
  },
};

/** Reasons grouped by category, in the order the home page shows them. */
export function reasonsByCategory(): { category: Category; reasons: CatalogReason[] }[] {
  return (Object.keys(categoryLabels) as Category[]).map((category) => ({
    category,
    reasons: reasons.filter((r) => r.category === category),
  }));
}
