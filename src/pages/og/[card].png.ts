// Every page's drawn social card, /og/<name>.png (src/data/cards.ts says which pages have one,
// src/charts/card.ts draws them). The name is a hash of what the card shows and of the drawing, so
// a card's address changes whenever its picture does, and an unchanged card is read from the cache
// (node_modules/.cache/og-cards/) instead of being drawn again.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng, drawCards } from '../../charts/card.ts';
import { allCards, type DrawnCard } from '../../data/cards.ts';
import { siteData } from '../../data/index.ts';

export const getStaticPaths = (async () => {
  const cards = allCards(await siteData());
  // In a build, the cards not drawn before are drawn here, several at a time; each page below
  // then reads its file. The dev server draws a card when it is asked for.
  if (import.meta.env.PROD) await drawCards(cards);
  return cards.map((card) => ({ params: { card: card.hash }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { spec, page } = (props as { card: DrawnCard }).card;
  return new Response(new Uint8Array(cardPng(spec, { page })), { headers: { 'content-type': 'image/png' } });
};
