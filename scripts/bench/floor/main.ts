/** The floor page's entry: mount the one component. */
import { mount } from 'svelte';
import Floor from './Floor.svelte';

mount(Floor, { target: document.getElementById('app') as HTMLElement });
