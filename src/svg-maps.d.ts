/**
 * @svg-maps/japan's own types import "svg-maps__common", a types package it does not install; these are
 * its shapes (a viewBox and one SVG path per location).
 */
declare module 'svg-maps__common' {
  export interface Location {
    readonly id: string;
    readonly name: string;
    readonly path: string;
  }
  export interface Map {
    readonly label: string;
    readonly viewBox: string;
    readonly locations: readonly Location[];
  }
}
