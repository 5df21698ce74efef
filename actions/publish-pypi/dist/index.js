import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7:
/***/ (function(__unused_webpack_module, exports) {

/*!
 * hash-wasm (https://www.npmjs.com/package/hash-wasm)
 * (c) Dani Biro
 * @license MIT
 */

!function(I,A){ true?A(exports):0}(this,function(I){"use strict";var A,i={name:"blake2b",data:"AGFzbQEAAAABEQRgAAF/YAJ/fwBgAX8AYAAAAwoJAAECAwECAgABBQQBAQICBg8CfwFBgIAEC38AQYCABAsHggEJBm1lbW9yeQIAD19fc3RhY2tfcG9pbnRlcgMADkhhc2hfR2V0QnVmZmVyAAAKSGFzaF9GaW5hbAADCUhhc2hfSW5pdAAFC0hhc2hfVXBkYXRlAAYNSGFzaF9HZXRTdGF0ZQAHDkhhc2hfQ2FsY3VsYXRlAAgKU1RBVEVfU0laRQMBCsU4CQYAQYCBBAvcAgIFfwF+AkAgAUEBSA0AAkAgAUGAAUEAKALgggUiAmsiA0wNAEEAQQA2AuCCBQJAIAJB/wBKDQAgAkHggQVqIQQgACEFQQAhBgNAIAQgBS0AADoAACAFQQFqIQUgBEEBaiEEIAMgBkEBaiIGQf8BcUoNAAsLQQBBACkDwIEFIgdCgAF8NwPAgQVBAEEAKQPIgQUgB0L/flatfDcDyIEFQeCBBRACIAAgA2ohAAJAIAEgA2siBEGBAU4NACAEIQEMAQsgAiABaiEEA0BBAEEAKQPAgQUiB0KAAXw3A8CBBUEAQQApA8iBBSAHQv9+Vq18NwPIgQUgABACIABBgAFqIQAgBEGAf2oiBEGAAksNAAsgBEGAf2ohAQtBACEEA0AgBEEAKALgggVqQeCBBWogACAEai0AADoAACABIARBAWoiBEH/AXFLDQALQQBBACgC4IIFIAFqNgLgggULC78uASR+QQBBACkD0IEFQQApA7CBBSIBQQApA5CBBXwgACkDICICfCIDhULr+obav7X2wR+FQiCJIgRCq/DT9K/uvLc8fCIFIAGFQiiJIgYgA3wgACkDKCIBfCIHIASFQjCJIgggBXwiCSAGhUIBiSIKQQApA8iBBUEAKQOogQUiBEEAKQOIgQV8IAApAxAiA3wiBYVCn9j52cKR2oKbf4VCIIkiC0K7zqqm2NDrs7t/fCIMIASFQiiJIg0gBXwgACkDGCIEfCIOfCAAKQNQIgV8Ig9BACkDwIEFQQApA6CBBSIQQQApA4CBBSIRfCAAKQMAIgZ8IhKFQtGFmu/6z5SH0QCFQiCJIhNCiJLznf/M+YTqAHwiFCAQhUIoiSIVIBJ8IAApAwgiEHwiFiAThUIwiSIXhUIgiSIYQQApA9iBBUEAKQO4gQUiE0EAKQOYgQV8IAApAzAiEnwiGYVC+cL4m5Gjs/DbAIVCIIkiGkLx7fT4paf9p6V/fCIbIBOFQiiJIhwgGXwgACkDOCITfCIZIBqFQjCJIhogG3wiG3wiHSAKhUIoiSIeIA98IAApA1giCnwiDyAYhUIwiSIYIB18Ih0gDiALhUIwiSIOIAx8Ih8gDYVCAYkiDCAWfCAAKQNAIgt8Ig0gGoVCIIkiFiAJfCIaIAyFQiiJIiAgDXwgACkDSCIJfCIhIBaFQjCJIhYgGyAchUIBiSIMIAd8IAApA2AiB3wiDSAOhUIgiSIOIBcgFHwiFHwiFyAMhUIoiSIbIA18IAApA2giDHwiHCAOhUIwiSIOIBd8IhcgG4VCAYkiGyAZIBQgFYVCAYkiFHwgACkDcCINfCIVIAiFQiCJIhkgH3wiHyAUhUIoiSIUIBV8IAApA3giCHwiFXwgDHwiIoVCIIkiI3wiJCAbhUIoiSIbICJ8IBJ8IiIgFyAYIBUgGYVCMIkiFSAffCIZIBSFQgGJIhQgIXwgDXwiH4VCIIkiGHwiFyAUhUIoiSIUIB98IAV8Ih8gGIVCMIkiGCAXfCIXIBSFQgGJIhR8IAF8IiEgFiAafCIWIBUgHSAehUIBiSIaIBx8IAl8IhyFQiCJIhV8Ih0gGoVCKIkiGiAcfCAIfCIcIBWFQjCJIhWFQiCJIh4gGSAOIBYgIIVCAYkiFiAPfCACfCIPhUIgiSIOfCIZIBaFQiiJIhYgD3wgC3wiDyAOhUIwiSIOIBl8Ihl8IiAgFIVCKIkiFCAhfCAEfCIhIB6FQjCJIh4gIHwiICAiICOFQjCJIiIgJHwiIyAbhUIBiSIbIBx8IAp8IhwgDoVCIIkiDiAXfCIXIBuFQiiJIhsgHHwgE3wiHCAOhUIwiSIOIBkgFoVCAYkiFiAffCAQfCIZICKFQiCJIh8gFSAdfCIVfCIdIBaFQiiJIhYgGXwgB3wiGSAfhUIwiSIfIB18Ih0gFoVCAYkiFiAVIBqFQgGJIhUgD3wgBnwiDyAYhUIgiSIYICN8IhogFYVCKIkiFSAPfCADfCIPfCAHfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgBnwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAOIBd8Ig4gDyAYhUIwiSIPICAgFIVCAYkiFCAZfCAKfCIXhUIgiSIYfCIZIBSFQiiJIhQgF3wgC3wiF3wgBXwiICAPIBp8Ig8gHyAOIBuFQgGJIg4gIXwgCHwiGoVCIIkiG3wiHyAOhUIoiSIOIBp8IAx8IhogG4VCMIkiG4VCIIkiISAdIB4gDyAVhUIBiSIPIBx8IAF8IhWFQiCJIhx8Ih0gD4VCKIkiDyAVfCADfCIVIByFQjCJIhwgHXwiHXwiHiAWhUIoiSIWICB8IA18IiAgIYVCMIkiISAefCIeIBogFyAYhUIwiSIXIBl8IhggFIVCAYkiFHwgCXwiGSAchUIgiSIaICR8IhwgFIVCKIkiFCAZfCACfCIZIBqFQjCJIhogHSAPhUIBiSIPICJ8IAR8Ih0gF4VCIIkiFyAbIB98Iht8Ih8gD4VCKIkiDyAdfCASfCIdIBeFQjCJIhcgH3wiHyAPhUIBiSIPIBsgDoVCAYkiDiAVfCATfCIVICOFQiCJIhsgGHwiGCAOhUIoiSIOIBV8IBB8IhV8IAx8IiKFQiCJIiN8IiQgD4VCKIkiDyAifCAHfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBogHHwiGiAVIBuFQjCJIhUgHiAWhUIBiSIWIB18IAR8IhuFQiCJIhx8Ih0gFoVCKIkiFiAbfCAQfCIbfCABfCIeIBUgGHwiFSAXIBogFIVCAYkiFCAgfCATfCIYhUIgiSIXfCIaIBSFQiiJIhQgGHwgCXwiGCAXhUIwiSIXhUIgiSIgIB8gISAVIA6FQgGJIg4gGXwgCnwiFYVCIIkiGXwiHyAOhUIoiSIOIBV8IA18IhUgGYVCMIkiGSAffCIffCIhIA+FQiiJIg8gHnwgBXwiHiAghUIwiSIgICF8IiEgGyAchUIwiSIbIB18IhwgFoVCAYkiFiAYfCADfCIYIBmFQiCJIhkgJHwiHSAWhUIoiSIWIBh8IBJ8IhggGYVCMIkiGSAfIA6FQgGJIg4gInwgAnwiHyAbhUIgiSIbIBcgGnwiF3wiGiAOhUIoiSIOIB98IAZ8Ih8gG4VCMIkiGyAafCIaIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAh8IhUgI4VCIIkiFyAcfCIcIBSFQiiJIhQgFXwgC3wiFXwgBXwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IAh8IiIgGiAgIBUgF4VCMIkiFSAcfCIXIBSFQgGJIhQgGHwgCXwiGIVCIIkiHHwiGiAUhUIoiSIUIBh8IAZ8IhggHIVCMIkiHCAafCIaIBSFQgGJIhR8IAR8IiAgGSAdfCIZIBUgISAPhUIBiSIPIB98IAN8Ih2FQiCJIhV8Ih8gD4VCKIkiDyAdfCACfCIdIBWFQjCJIhWFQiCJIiEgFyAbIBkgFoVCAYkiFiAefCABfCIZhUIgiSIbfCIXIBaFQiiJIhYgGXwgE3wiGSAbhUIwiSIbIBd8Ihd8Ih4gFIVCKIkiFCAgfCAMfCIgICGFQjCJIiEgHnwiHiAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIB18IBJ8Ih0gG4VCIIkiGyAafCIaIA6FQiiJIg4gHXwgC3wiHSAbhUIwiSIbIBcgFoVCAYkiFiAYfCANfCIXICKFQiCJIhggFSAffCIVfCIfIBaFQiiJIhYgF3wgEHwiFyAYhUIwiSIYIB98Ih8gFoVCAYkiFiAVIA+FQgGJIg8gGXwgCnwiFSAchUIgiSIZICN8IhwgD4VCKIkiDyAVfCAHfCIVfCASfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgBXwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAbIBp8IhogFSAZhUIwiSIVIB4gFIVCAYkiFCAXfCADfCIXhUIgiSIZfCIbIBSFQiiJIhQgF3wgB3wiF3wgAnwiHiAVIBx8IhUgGCAaIA6FQgGJIg4gIHwgC3wiGoVCIIkiGHwiHCAOhUIoiSIOIBp8IAR8IhogGIVCMIkiGIVCIIkiICAfICEgFSAPhUIBiSIPIB18IAZ8IhWFQiCJIh18Ih8gD4VCKIkiDyAVfCAKfCIVIB2FQjCJIh0gH3wiH3wiISAWhUIoiSIWIB58IAx8Ih4gIIVCMIkiICAhfCIhIBogFyAZhUIwiSIXIBt8IhkgFIVCAYkiFHwgEHwiGiAdhUIgiSIbICR8Ih0gFIVCKIkiFCAafCAJfCIaIBuFQjCJIhsgHyAPhUIBiSIPICJ8IBN8Ih8gF4VCIIkiFyAYIBx8Ihh8IhwgD4VCKIkiDyAffCABfCIfIBeFQjCJIhcgHHwiHCAPhUIBiSIPIBggDoVCAYkiDiAVfCAIfCIVICOFQiCJIhggGXwiGSAOhUIoiSIOIBV8IA18IhV8IA18IiKFQiCJIiN8IiQgD4VCKIkiDyAifCAMfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBsgHXwiGyAVIBiFQjCJIhUgISAWhUIBiSIWIB98IBB8IhiFQiCJIh18Ih8gFoVCKIkiFiAYfCAIfCIYfCASfCIhIBUgGXwiFSAXIBsgFIVCAYkiFCAefCAHfCIZhUIgiSIXfCIbIBSFQiiJIhQgGXwgAXwiGSAXhUIwiSIXhUIgiSIeIBwgICAVIA6FQgGJIg4gGnwgAnwiFYVCIIkiGnwiHCAOhUIoiSIOIBV8IAV8IhUgGoVCMIkiGiAcfCIcfCIgIA+FQiiJIg8gIXwgBHwiISAehUIwiSIeICB8IiAgGCAdhUIwiSIYIB98Ih0gFoVCAYkiFiAZfCAGfCIZIBqFQiCJIhogJHwiHyAWhUIoiSIWIBl8IBN8IhkgGoVCMIkiGiAcIA6FQgGJIg4gInwgCXwiHCAYhUIgiSIYIBcgG3wiF3wiGyAOhUIoiSIOIBx8IAN8IhwgGIVCMIkiGCAbfCIbIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAt8IhUgI4VCIIkiFyAdfCIdIBSFQiiJIhQgFXwgCnwiFXwgBHwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IAl8IiIgGyAeIBUgF4VCMIkiFSAdfCIXIBSFQgGJIhQgGXwgDHwiGYVCIIkiHXwiGyAUhUIoiSIUIBl8IAp8IhkgHYVCMIkiHSAbfCIbIBSFQgGJIhR8IAN8Ih4gGiAffCIaIBUgICAPhUIBiSIPIBx8IAd8IhyFQiCJIhV8Ih8gD4VCKIkiDyAcfCAQfCIcIBWFQjCJIhWFQiCJIiAgFyAYIBogFoVCAYkiFiAhfCATfCIahUIgiSIYfCIXIBaFQiiJIhYgGnwgDXwiGiAYhUIwiSIYIBd8Ihd8IiEgFIVCKIkiFCAefCAFfCIeICCFQjCJIiAgIXwiISAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIBx8IAt8IhwgGIVCIIkiGCAbfCIbIA6FQiiJIg4gHHwgEnwiHCAYhUIwiSIYIBcgFoVCAYkiFiAZfCABfCIXICKFQiCJIhkgFSAffCIVfCIfIBaFQiiJIhYgF3wgBnwiFyAZhUIwiSIZIB98Ih8gFoVCAYkiFiAVIA+FQgGJIg8gGnwgCHwiFSAdhUIgiSIaICN8Ih0gD4VCKIkiDyAVfCACfCIVfCANfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgCXwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAYIBt8IhggFSAahUIwiSIVICEgFIVCAYkiFCAXfCASfCIXhUIgiSIafCIbIBSFQiiJIhQgF3wgCHwiF3wgB3wiISAVIB18IhUgGSAYIA6FQgGJIg4gHnwgBnwiGIVCIIkiGXwiHSAOhUIoiSIOIBh8IAt8IhggGYVCMIkiGYVCIIkiHiAfICAgFSAPhUIBiSIPIBx8IAp8IhWFQiCJIhx8Ih8gD4VCKIkiDyAVfCAEfCIVIByFQjCJIhwgH3wiH3wiICAWhUIoiSIWICF8IAN8IiEgHoVCMIkiHiAgfCIgIBggFyAahUIwiSIXIBt8IhogFIVCAYkiFHwgBXwiGCAchUIgiSIbICR8IhwgFIVCKIkiFCAYfCABfCIYIBuFQjCJIhsgHyAPhUIBiSIPICJ8IAx8Ih8gF4VCIIkiFyAZIB18Ihl8Ih0gD4VCKIkiDyAffCATfCIfIBeFQjCJIhcgHXwiHSAPhUIBiSIPIBkgDoVCAYkiDiAVfCAQfCIVICOFQiCJIhkgGnwiGiAOhUIoiSIOIBV8IAJ8IhV8IBN8IiKFQiCJIiN8IiQgD4VCKIkiDyAifCASfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBsgHHwiGyAVIBmFQjCJIhUgICAWhUIBiSIWIB98IAt8IhmFQiCJIhx8Ih8gFoVCKIkiFiAZfCACfCIZfCAJfCIgIBUgGnwiFSAXIBsgFIVCAYkiFCAhfCAFfCIahUIgiSIXfCIbIBSFQiiJIhQgGnwgA3wiGiAXhUIwiSIXhUIgiSIhIB0gHiAVIA6FQgGJIg4gGHwgEHwiFYVCIIkiGHwiHSAOhUIoiSIOIBV8IAF8IhUgGIVCMIkiGCAdfCIdfCIeIA+FQiiJIg8gIHwgDXwiICAhhUIwiSIhIB58Ih4gGSAchUIwiSIZIB98IhwgFoVCAYkiFiAafCAIfCIaIBiFQiCJIhggJHwiHyAWhUIoiSIWIBp8IAp8IhogGIVCMIkiGCAdIA6FQgGJIg4gInwgBHwiHSAZhUIgiSIZIBcgG3wiF3wiGyAOhUIoiSIOIB18IAd8Ih0gGYVCMIkiGSAbfCIbIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAx8IhUgI4VCIIkiFyAcfCIcIBSFQiiJIhQgFXwgBnwiFXwgEnwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IBN8IiIgGyAhIBUgF4VCMIkiFSAcfCIXIBSFQgGJIhQgGnwgBnwiGoVCIIkiHHwiGyAUhUIoiSIUIBp8IBB8IhogHIVCMIkiHCAbfCIbIBSFQgGJIhR8IA18IiEgGCAffCIYIBUgHiAPhUIBiSIPIB18IAJ8Ih2FQiCJIhV8Ih4gD4VCKIkiDyAdfCABfCIdIBWFQjCJIhWFQiCJIh8gFyAZIBggFoVCAYkiFiAgfCADfCIYhUIgiSIZfCIXIBaFQiiJIhYgGHwgBHwiGCAZhUIwiSIZIBd8Ihd8IiAgFIVCKIkiFCAhfCAIfCIhIB+FQjCJIh8gIHwiICAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIB18IAd8Ih0gGYVCIIkiGSAbfCIbIA6FQiiJIg4gHXwgDHwiHSAZhUIwiSIZIBcgFoVCAYkiFiAafCALfCIXICKFQiCJIhogFSAefCIVfCIeIBaFQiiJIhYgF3wgCXwiFyAahUIwiSIaIB58Ih4gFoVCAYkiFiAVIA+FQgGJIg8gGHwgBXwiFSAchUIgiSIYICN8IhwgD4VCKIkiDyAVfCAKfCIVfCACfCIChUIgiSIifCIjIBaFQiiJIhYgAnwgC3wiAiAihUIwiSILICN8IiIgFoVCAYkiFiAZIBt8IhkgFSAYhUIwiSIVICAgFIVCAYkiFCAXfCANfCINhUIgiSIXfCIYIBSFQiiJIhQgDXwgBXwiBXwgEHwiECAVIBx8Ig0gGiAZIA6FQgGJIg4gIXwgDHwiDIVCIIkiFXwiGSAOhUIoiSIOIAx8IBJ8IhIgFYVCMIkiDIVCIIkiFSAeIB8gDSAPhUIBiSINIB18IAl8IgmFQiCJIg98IhogDYVCKIkiDSAJfCAIfCIJIA+FQjCJIgggGnwiD3wiGiAWhUIoiSIWIBB8IAd8IhAgEYUgDCAZfCIHIA6FQgGJIgwgCXwgCnwiCiALhUIgiSILIAUgF4VCMIkiBSAYfCIJfCIOIAyFQiiJIgwgCnwgE3wiEyALhUIwiSIKIA58IguFNwOAgQVBACADIAYgDyANhUIBiSINIAJ8fCICIAWFQiCJIgUgB3wiBiANhUIoiSIHIAJ8fCICQQApA4iBBYUgBCABIBIgCSAUhUIBiSIDfHwiASAIhUIgiSISICJ8IgkgA4VCKIkiAyABfHwiASAShUIwiSIEIAl8IhKFNwOIgQVBACATQQApA5CBBYUgECAVhUIwiSIQIBp8IhOFNwOQgQVBACABQQApA5iBBYUgAiAFhUIwiSICIAZ8IgGFNwOYgQVBACASIAOFQgGJQQApA6CBBYUgAoU3A6CBBUEAIBMgFoVCAYlBACkDqIEFhSAKhTcDqIEFQQAgASAHhUIBiUEAKQOwgQWFIASFNwOwgQVBACALIAyFQgGJQQApA7iBBYUgEIU3A7iBBQveAgUBfwF+AX8BfgJ/IwBBwABrIgAkAAJAQQApA9CBBUIAUg0AQQBBACkDwIEFIgFBACgC4IIFIgKsfCIDNwPAgQVBAEEAKQPIgQUgAyABVK18NwPIgQUCQEEALQDoggVFDQBBAEJ/NwPYgQULQQBCfzcD0IEFAkAgAkH/AEoNAEEAIQQDQCACIARqQeCBBWpBADoAACAEQQFqIgRBgAFBACgC4IIFIgJrSA0ACwtB4IEFEAIgAEEAKQOAgQU3AwAgAEEAKQOIgQU3AwggAEEAKQOQgQU3AxAgAEEAKQOYgQU3AxggAEEAKQOggQU3AyAgAEEAKQOogQU3AyggAEEAKQOwgQU3AzAgAEEAKQO4gQU3AzhBACgC5IIFIgVBAUgNAEEAIQJBACEEA0AgBEGAgQRqIAAgBGotAAA6AAAgBEEBaiEEIAUgAkEBaiICQf8BcUsNAAsLIABBwABqJAAL+gMCAn8BfiMAQYABayICJABBAEGBAjsB8oIFQQAgAToA8YIFQQAgADoA8IIFQZB+IQADQCAAQYCDBWpCADcAACAAQfiCBWpCADcAACAAQfCCBWpCADcAACAAQRhqIgANAAtBACEDQQBBACkD8IIFIgRCiJLznf/M+YTqAIU3A4CBBUEAQQApA/iCBUK7zqqm2NDrs7t/hTcDiIEFQQBBACkDgIMFQqvw0/Sv7ry3PIU3A5CBBUEAQQApA4iDBULx7fT4paf9p6V/hTcDmIEFQQBBACkDkIMFQtGFmu/6z5SH0QCFNwOggQVBAEEAKQOYgwVCn9j52cKR2oKbf4U3A6iBBUEAQQApA6CDBULr+obav7X2wR+FNwOwgQVBAEEAKQOogwVC+cL4m5Gjs/DbAIU3A7iBBUEAIASnQf8BcTYC5IIFAkAgAUUNACACQgA3A3ggAkIANwNwIAJCADcDaCACQgA3A2AgAkIANwNYIAJCADcDUCACQgA3A0ggAkIANwNAIAJCADcDOCACQgA3AzAgAkIANwMoIAJCADcDICACQgA3AxggAkIANwMQIAJCADcDCCACQgA3AwBBACEAA0AgAiAAaiAAQYCBBGotAAA6AAAgAEEBaiEAIAEgA0EBaiIDQf8BcUsNAAsgAkGAARABCyACQYABaiQACxIAIABBA3ZB/z9xIABBEHYQBAsKAEGAgQQgABABCwYAQYCBBQscACABQQN2Qf8/cSABQRB2EARBgIEEIAAQARADCwsMAQBBgIAECwTwAAAA",hash:"22cf500a"};function C(I,A,i,C){return new(i||(i=Promise))(function(g,h){function B(I){try{f(C.next(I))}catch(I){h(I)}}function e(I){try{f(C.throw(I))}catch(I){h(I)}}function f(I){var A;I.done?g(I.value):(A=I.value,A instanceof i?A:new i(function(I){I(A)})).then(B,e)}f((C=C.apply(I,A||[])).next())})}"function"==typeof SuppressedError&&SuppressedError;class g{constructor(){this.mutex=Promise.resolve()}lock(){let I=()=>{};return this.mutex=this.mutex.then(()=>new Promise(I)),new Promise(A=>{I=A})}dispatch(I){return C(this,void 0,void 0,function*(){const A=yield this.lock();try{return yield Promise.resolve(I())}finally{A()}})}}const h="undefined"!=typeof globalThis?globalThis:"undefined"!=typeof self?self:"undefined"!=typeof window?window:global,B=null!==(A=h.Buffer)&&void 0!==A?A:null,e=h.TextEncoder?new h.TextEncoder:null;function f(I,A){return(15&I)+(I>>6|I>>3&8)<<4|(15&A)+(A>>6|A>>3&8)}const t="a".charCodeAt(0)-10,w="0".charCodeAt(0);function F(I,A,i){let C=0;for(let g=0;g<i;g++){let i=A[g]>>>4;I[C++]=i>9?i+t:i+w,i=15&A[g],I[C++]=i>9?i+t:i+w}return String.fromCharCode.apply(null,I)}const Q=null!==B?I=>{if("string"==typeof I){const A=B.from(I,"utf8");return new Uint8Array(A.buffer,A.byteOffset,A.length)}if(B.isBuffer(I))return new Uint8Array(I.buffer,I.byteOffset,I.length);if(ArrayBuffer.isView(I))return new Uint8Array(I.buffer,I.byteOffset,I.byteLength);throw new Error("Invalid data type!")}:I=>{if("string"==typeof I)return e.encode(I);if(ArrayBuffer.isView(I))return new Uint8Array(I.buffer,I.byteOffset,I.byteLength);throw new Error("Invalid data type!")},n="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",o=new Uint8Array(256);for(let I=0;I<64;I++)o[n.charCodeAt(I)]=I;function r(I){const A=function(I){let A=Math.floor(.75*I.length);const i=I.length;return"="===I[i-1]&&(A-=1,"="===I[i-2]&&(A-=1)),A}(I),i=I.length,C=new Uint8Array(A);let g=0;for(let A=0;A<i;A+=4){const i=o[I.charCodeAt(A)],h=o[I.charCodeAt(A+1)],B=o[I.charCodeAt(A+2)],e=o[I.charCodeAt(A+3)];C[g]=i<<2|h>>4,g+=1,C[g]=(15&h)<<4|B>>2,g+=1,C[g]=(3&B)<<6|63&e,g+=1}return C}const S=16384,U=new g,a=new Map;function s(I,A){return C(this,void 0,void 0,function*(){let i=null,g=null,h=!1;if("undefined"==typeof WebAssembly)throw new Error("WebAssembly is not supported in this environment!");const B=()=>new DataView(i.exports.memory.buffer).getUint32(i.exports.STATE_SIZE,!0),e=U.dispatch(()=>C(this,void 0,void 0,function*(){if(!a.has(I.name)){const A=r(I.data),i=WebAssembly.compile(A.buffer);a.set(I.name,i)}const A=yield a.get(I.name);i=yield WebAssembly.instantiate(A,{})})),t=(I=null)=>{h=!0,i.exports.Hash_Init(I)},w=I=>{if(!h)throw new Error("update() called before init()");(I=>{let A=0;for(;A<I.length;){const C=I.subarray(A,A+S);A+=C.length,g.set(C),i.exports.Hash_Update(C.length)}})(Q(I))},n=new Uint8Array(2*A),o=(I,C=null)=>{if(!h)throw new Error("digest() called before init()");return h=!1,i.exports.Hash_Final(C),"binary"===I?g.slice(0,A):F(n,g,A)},s=I=>"string"==typeof I?I.length<4096:I.byteLength<S;let V=s;switch(I.name){case"argon2":case"scrypt":V=()=>!0;break;case"blake2b":case"blake2s":V=(I,A)=>A<=512&&s(I);break;case"blake3":V=(I,A)=>0===A&&s(I);break;case"xxhash64":case"xxhash3":case"xxhash128":case"crc64":V=()=>!1}return yield(()=>C(this,void 0,void 0,function*(){i||(yield e);const I=i.exports.Hash_GetBuffer(),A=i.exports.memory.buffer;g=new Uint8Array(A,I,S)}))(),{getMemory:()=>g,writeMemory:(I,A=0)=>{g.set(I,A)},getExports:()=>i.exports,setMemorySize:I=>{i.exports.Hash_SetMemorySize(I);const A=i.exports.Hash_GetBuffer(),C=i.exports.memory.buffer;g=new Uint8Array(C,A,I)},init:t,update:w,digest:o,save:()=>{if(!h)throw new Error("save() can only be called after init() and before digest()");const A=i.exports.Hash_GetState(),C=B(),g=i.exports.memory.buffer,e=new Uint8Array(g,A,C),t=new Uint8Array(4+C);return function(I,A){const i=A.length>>1;for(let C=0;C<i;C++){const i=C<<1;I[C]=f(A.charCodeAt(i),A.charCodeAt(i+1))}}(t,I.hash),t.set(e,4),t},load:A=>{if(!(A instanceof Uint8Array))throw new Error("load() expects an Uint8Array generated by save()");const C=i.exports.Hash_GetState(),g=B(),e=4+g,t=i.exports.memory.buffer;if(A.length!==e)throw new Error(`Bad state length (expected ${e} bytes, got ${A.length})`);if(!function(I,A){if(I.length!==2*A.length)return!1;for(let i=0;i<A.length;i++){const C=i<<1;if(A[i]!==f(I.charCodeAt(C),I.charCodeAt(C+1)))return!1}return!0}(I.hash,A.subarray(0,4)))throw new Error("This state was written by an incompatible hash implementation");const w=A.subarray(4);new Uint8Array(t,C,g).set(w),h=!0},calculate:(I,C=null,h=null)=>{if(!V(I,C))return t(C),w(I),o("hex",h);const B=Q(I);return g.set(B),i.exports.Hash_Calculate(B.length,C,h),F(n,g,A)},hashLength:A}})}const V=new g;let J=null;function c(I){return!Number.isInteger(I)||I<8||I>512||I%8!=0?new Error("Invalid variant! Valid values: 8, 16, ..., 512"):null}function k(I,A){return I|A<<16}I.blake2b=function(I,A=512,g=null){if(c(A))return Promise.reject(c(A));let h=null,B=A;if(null!==g){if(h=Q(g),h.length>64)return Promise.reject(new Error("Max key length is 64 bytes"));B=k(A,h.length)}const e=A/8;if(null===J||J.hashLength!==e)return function(I,A,i){return C(this,void 0,void 0,function*(){const C=yield I.lock(),g=yield s(A,i);return C(),g})}(V,i,e).then(A=>(J=A,B>512&&J.writeMemory(h),J.calculate(I,B)));try{B>512&&J.writeMemory(h);const A=J.calculate(I,B);return Promise.resolve(A)}catch(I){return Promise.reject(I)}},I.createBLAKE2b=function(I=512,A=null){if(c(I))return Promise.reject(c(I));let C=null,g=I;if(null!==A){if(C=Q(A),C.length>64)return Promise.reject(new Error("Max key length is 64 bytes"));g=k(I,C.length)}const h=I/8;return s(i,h).then(I=>{g>512&&I.writeMemory(C),I.init(g);const A={init:g>512?()=>(I.writeMemory(C),I.init(g),A):()=>(I.init(g),A),update:i=>(I.update(i),A),digest:A=>I.digest(A),save:()=>I.save(),load:i=>(I.load(i),A),blockSize:128,digestSize:h};return A})}});


/***/ }),

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6424);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ../../packages/core/src/strategy/errors.ts
/**
 * A mistake the user can fix: a wrong input, a bad config key, a version the policy refuses.
 * Its message is shown as the step's `::error::` and in the job summary, so it must name
 * the input or key, the value, and what to do instead.
 */
class ConfigurationError extends Error {
    name = "ConfigurationError";
}
/**
 * Raised when a stage in dry-run mode tries to send a request that would change something.
 * It is a bug in the stage, never the user's fault: dry-run promises zero writes.
 */
class DryRunWriteError extends Error {
    name = "DryRunWriteError";
}
function ownMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === "string")
        return error;
    if (error !== null && typeof error === "object" && "message" in error)
        return String(error.message);
    return String(error);
}
/**
 * The message of anything thrown, including non-Error values (strings, plain objects, undefined),
 * followed by what its `cause` chain adds: Node's fetch says only "fetch failed" and keeps the
 * reason (`connect ECONNREFUSED …`) in its cause.
 */
function getErrorMessage(error) {
    const message = ownMessage(error);
    const causes = [];
    const seen = new Set([error]);
    for (let cause = error?.cause; cause !== undefined && cause !== null && !seen.has(cause); cause = cause.cause) {
        seen.add(cause);
        const text = ownMessage(cause);
        if (text && ![message, ...causes].some((known) => known.includes(text)))
            causes.push(text);
    }
    return causes.length > 0 ? `${message} (${causes.join(": ")})` : message;
}
/** The HTTP status of an error thrown by Octokit or fetch-based clients, if it has one. */
function httpStatus(error) {
    if (error !== null && typeof error === "object" && "status" in error && typeof error.status === "number") {
        return error.status;
    }
    return undefined;
}
/**
 * A value quoted for an error message: in double quotes, cut to its first `max` characters
 * (with the length said) so that a 100 kB input never comes back whole (DESIGN §3: errors quote
 * a short prefix of the value).
 */
function quoteValue(value, max = 80) {
    return value.length <= max ? `"${value}"` : `"${value.slice(0, max)}…" (${value.length} characters)`;
}
/**
 * A parsed value (YAML, JSON) described for an error message without serialising all of it: a
 * YAML alias bomb expands to millions of nodes, which JSON.stringify would print whole, or fail
 * on with "Invalid string length".
 */
function describeValue(value, max = 80) {
    if (typeof value === "string")
        return quoteValue(value, max);
    if (Array.isArray(value))
        return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
    if (value !== null && typeof value === "object") {
        const keys = Object.keys(value);
        const shown = keys.slice(0, 5).map((key) => quoteValue(key, 40));
        return `a mapping (${shown.join(", ")}${keys.length > 5 ? ", …" : ""})`;
    }
    return String(value);
}

;// CONCATENATED MODULE: ../../packages/core/src/runtime/action-log.ts
/** Escapes a workflow command's message the way the runner decodes it. */
function escapeCommandData(value) {
    return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Writes one workflow command line (`::name::message`). */
function issueCommand(name, message, write) {
    write(`::${name}::${escapeCommandData(message)}\n`);
}
/** The log of a stage running on a GitHub runner. */
function createRunnerLog(write = (text) => process.stdout.write(text)) {
    return {
        info: (message) => write(`${message}\n`),
        debug: (message) => issueCommand("debug", message, write),
        warning: (message) => issueCommand("warning", message, write),
        notice: (message) => issueCommand("notice", message, write),
        async group(title, body) {
            issueCommand("group", title, write);
            try {
                return await body();
            }
            finally {
                write("::endgroup::\n");
            }
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/runtime/action-inputs.ts
/**
 * Reads a stage's inputs the way the runner passes them (`INPUT_<NAME>` environment variables,
 * name upper-cased, spaces as underscores, dashes kept), with typed readers whose errors name
 * the input, the value and the accepted values. Dependency-free on purpose: this runs before the
 * first API request, where every module loaded delays the start (bench/results.md).
 */


const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];
/** Tells the runner to mask a secret in every later log line (what `core.setSecret` does). */
function maskSecret(value, write = (text) => process.stdout.write(text)) {
    if (value.trim() === "")
        return;
    write(`::add-mask::${escapeCommandData(value)}\n`);
}
/** Typed access to the inputs of one step. */
class ActionInputs {
    #env;
    constructor(env) {
        this.#env = env;
    }
    /** The trimmed value, or "" when the input is not set. */
    string(name) {
        return (this.#env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
    }
    /** The trimmed value; a ConfigurationError when it is empty. */
    required(name, hint) {
        const value = this.string(name);
        if (value === "")
            throw new ConfigurationError(`Input "${name}" is required: ${hint}.`);
        return value;
    }
    /** The value, masked in the log before anything else can print it. */
    secret(name) {
        const value = this.string(name);
        maskSecret(value);
        return value;
    }
    /** A YAML 1.2 boolean (true/True/TRUE, false/False/FALSE); `fallback` when empty. */
    boolean(name, fallback = false) {
        const value = this.string(name);
        if (value === "")
            return fallback;
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        throw new ConfigurationError(`Input "${name}" must be true or false, got "${value}".`);
    }
    /** An integer within bounds; `undefined` when empty. */
    integer(name, min, max) {
        const value = this.string(name);
        if (value === "")
            return undefined;
        const number = Number(value);
        if (!Number.isInteger(number) || number < min || number > max) {
            throw new ConfigurationError(`Input "${name}" must be an integer from ${min} to ${max}, got "${value}".`);
        }
        return number;
    }
    /** One of the allowed values (case-sensitive); `fallback` when empty. */
    choice(name, allowed, fallback) {
        const value = this.string(name);
        if (value === "")
            return fallback;
        if (!allowed.includes(value)) {
            throw new ConfigurationError(`Input "${name}" must be one of ${allowed.join(", ")}, got "${value}".`);
        }
        return value;
    }
    /** A list given one item per line or comma-separated; blanks dropped. */
    list(name) {
        return this.string(name)
            .split(/[\n,]/)
            .map((item) => item.trim())
            .filter((item) => item !== "");
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/runtime/file-commands.ts
/**
 * How a stage hands its results to the runner: outputs appended to GITHUB_OUTPUT in the heredoc
 * form (`name<<delimiter`, a random delimiter, as @actions/core writes them) and the job summary
 * appended to GITHUB_STEP_SUMMARY. Written here rather than through @actions/core, whose import
 * brings its HTTP client (undici: about 1 MB of every bundle) for nothing a stage uses.
 */



/**
 * Sets the step's outputs. Outside a runner (no GITHUB_OUTPUT) they are printed as the legacy
 * `set-output` commands, as @actions/core does.
 */
async function writeOutputs(outputs, env, write = (text) => process.stdout.write(text)) {
    const file = env.GITHUB_OUTPUT;
    for (const [name, value] of Object.entries(outputs)) {
        if (file) {
            // The global Web Crypto, not node:crypto: nothing to load before the stage's first request.
            const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
            await (0,promises_namespaceObject.appendFile)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`);
        }
        else {
            write(`${external_node_os_namespaceObject.EOL}::set-output name=${name}::${escapeCommandData(value)}${external_node_os_namespaceObject.EOL}`);
        }
    }
}
/** Appends markdown to the job summary, when the runner gave the step one. */
async function appendStepSummary(markdown, env) {
    if (env.GITHUB_STEP_SUMMARY)
        await (0,promises_namespaceObject.appendFile)(env.GITHUB_STEP_SUMMARY, markdown);
}

;// CONCATENATED MODULE: ../../packages/core/src/runtime/job-summary.ts
/**
 * Markdown for job summaries: what a maintainer reads instead of the log. Tables, links and
 * code spans with the escaping GitHub's renderer needs.
 */
/** Escapes text for a table cell (pipes and line breaks would break the row). */
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
/** An inline code span that survives backticks in its content. */
function code(text) {
    const fence = text.includes("`") ? "``" : "`";
    return `${fence}${text}${fence}`;
}
/** A markdown link, or the bare text when there is no URL. */
function job_summary_link(text, url) {
    return url ? `[${text.replace(/[[\]]/g, "\\$&")}](${url})` : text;
}
/** Builds a summary section by section. */
class Markdown {
    #parts = [];
    heading(text, level = 2) {
        this.#parts.push(`${"#".repeat(level)} ${text}`);
        return this;
    }
    paragraph(text) {
        this.#parts.push(text);
        return this;
    }
    /** A table; cells are escaped, so pass plain text or already-built links and code spans. */
    table(header, rows) {
        const line = (cells) => `| ${cells.map(cell).join(" | ")} |`;
        this.#parts.push([line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n"));
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.#parts.push(items.map((item) => `- ${item}`).join("\n"));
        return this;
    }
    /** A collapsed section. */
    details(summary, body) {
        this.#parts.push(`<details><summary>${summary}</summary>\n\n${body}\n\n</details>`);
        return this;
    }
    codeBlock(text, language = "") {
        const fence = text.includes("```") ? "````" : "```";
        this.#parts.push(`${fence}${language}\n${text}\n${fence}`);
        return this;
    }
    toString() {
        return `${this.#parts.join("\n\n")}\n`;
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ../../packages/core/src/runtime/runner-context.ts
/**
 * What the runner tells a step about the workflow run: the repository, the API and web
 * endpoints (GitHub Enterprise Server included), the ref and commit, the event. Read once, in
 * `main`, and handed to `run()` inside the settings.
 */


function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, "utf8"));
    }
    catch (error) {
        throw new ConfigurationError(`Could not read the event payload at GITHUB_EVENT_PATH=${path}: ${String(error)}.`);
    }
}
/** Reads the run's context from the runner's environment variables. */
function readRunnerContext(env) {
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner, repo, ...rest] = repository.split("/");
    if (!owner || !repo || rest.length > 0) {
        throw new ConfigurationError(`GITHUB_REPOSITORY is "${repository}", expected "owner/repo": this action runs as a step of a GitHub Actions workflow.`);
    }
    const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    return {
        owner,
        repo,
        apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
        serverUrl,
        sha: env.GITHUB_SHA ?? "",
        ref: env.GITHUB_REF ?? "",
        eventName: env.GITHUB_EVENT_NAME ?? "",
        event: readEvent(env.GITHUB_EVENT_PATH),
        actor: env.GITHUB_ACTOR ?? "",
        workflowRef: env.GITHUB_WORKFLOW_REF ?? "",
        runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : "",
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/runtime/stage-runner.ts
/**
 * The `main` every stage shares: read inputs into typed settings, build the dependencies, call
 * the stage's pure `run(settings, deps)`, then map its result to outputs and a job summary. The
 * one `catch` of a stage lives here: it turns any error into `::error::`, a failed step and a
 * summary that says what went wrong.
 */









/** Files written under `root` (RUNNER_TEMP on a runner, a temporary directory in tests). */
function directoryFiles(root) {
    return {
        async write(name, content) {
            await (0,promises_namespaceObject.mkdir)(root, { recursive: true });
            const path = (0,external_node_path_namespaceObject.join)(root, name);
            await (0,promises_namespaceObject.writeFile)(path, content);
            return path;
        },
    };
}
/** Reads `token`, `config` and `dry-run`; the token is masked before anything can print it. */
function readCommonSettings(inputs, context) {
    const token = inputs.secret("token");
    if (token === "") {
        throw new ConfigurationError('Input "token" is empty. Leave it out to use the workflow\'s GITHUB_TOKEN, or pass a secret: token: ${{ secrets.RELEASE_TOKEN }}.');
    }
    return {
        token,
        config: inputs.string("config") || ".github/release-strategy.yml",
        dryRun: inputs.boolean("dry-run"),
        context,
    };
}
function failureSummary(stage, error) {
    const summary = new Markdown().heading(`${stage}: failed`, 3);
    if (error instanceof ConfigurationError)
        return summary.paragraph(getErrorMessage(error)).toString();
    const kind = error instanceof DryRunWriteError ? "A bug: dry-run tried to write" : "Unexpected error";
    return summary
        .paragraph(`${kind}: ${getErrorMessage(error)}`)
        .paragraph(`Re-run the job with debug logging to see the stack trace, and report it with the run's link. ${code(stage)}`)
        .toString();
}
/**
 * Runs a stage on a GitHub runner: reads `env` (default `process.env`), completes the common
 * dependencies with what `connect` adds (the GitHub gateway, for most stages), calls `run()`
 * and reports through the runner's workflow and file commands. Nothing is loaded before the
 * first request that the stage does not need (bench/results.md).
 */
async function executeStage(definition, env, connect) {
    const log = createRunnerLog();
    let report;
    let failure;
    try {
        const context = readRunnerContext(env);
        const settings = definition.readSettings(new ActionInputs(env), context);
        const result = await definition.run(settings, connect(settings, {
            log,
            now: () => new Date(),
            fetch: globalThis.fetch,
            files: directoryFiles(env.RUNNER_TEMP ?? (0,external_node_os_namespaceObject.tmpdir)()),
            mask: (secret) => maskSecret(secret),
        }));
        report = definition.report(result, settings);
        if (report.failure !== undefined)
            failure = new Error(report.failure);
    }
    catch (error) {
        failure = error;
    }
    if (report)
        await writeOutputs(report.outputs, env);
    if (failure !== undefined) {
        if (!(failure instanceof ConfigurationError) && failure instanceof Error && failure.stack)
            log.debug(failure.stack);
        process.exitCode = 1;
        issueCommand("error", getErrorMessage(failure), (text) => process.stdout.write(text));
    }
    await appendStepSummary(report?.summary ?? failureSummary(definition.name, failure), env);
}
/**
 * Runs a stage that makes no GitHub API call (publish-pypi): its bundle neither contains nor
 * loads Octokit.
 */
function runStageWithoutGitHub(definition, env = process.env) {
    return executeStage(definition, env, (_settings, deps) => deps);
}

;// CONCATENATED MODULE: ../../packages/core/src/strategy/pep440.ts
/**
 * PEP 440 versions: parsing with the specification's normalization rules, the canonical
 * spelling, and the ordering Python's packaging tools use. The release scheme of this
 * project (X.Y.Z with a/b/rc pre-releases) is a subset, see `release-version.ts`; the full
 * model is here so that tags outside the scheme (post, dev, local, epochs, 2 or 4
 * components) are recognized and reported instead of being misread.
 */
const PRE_SPELLINGS = {
    a: "a",
    alpha: "a",
    b: "b",
    beta: "b",
    c: "rc",
    rc: "rc",
    pre: "rc",
    preview: "rc",
};
// Written from the grammar in PEP 440 "Appendix B": each optional part may be introduced by
// one of the separators . _ - and its number may be omitted (meaning 0).
const SEP = "[-_.]?";
const GRAMMAR = new RegExp([
    "^\\s*v?",
    "(?:(?<epoch>\\d+)!)?",
    "(?<release>\\d+(?:\\.\\d+)*)",
    `(?:${SEP}(?<preLabel>alpha|beta|preview|pre|rc|a|b|c)${SEP}(?<preNumber>\\d+)?)?`,
    `(?:-(?<postImplicit>\\d+)|${SEP}(?:post|rev|r)${SEP}(?<postNumber>\\d+)?(?<postMarker>))?`,
    `(?:${SEP}(?<devMarker>dev)${SEP}(?<devNumber>\\d+)?)?`,
    "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
    "\\s*$",
].join(""), "i");
/** Parses any PEP 440 version, or returns undefined when `text` is not one. */
function parsePep440(text) {
    const groups = GRAMMAR.exec(text)?.groups;
    if (!groups?.release)
        return undefined;
    const preLabel = groups.preLabel?.toLowerCase();
    const hasPost = groups.postImplicit !== undefined || groups.postMarker !== undefined;
    return {
        epoch: groups.epoch === undefined ? 0 : Number(groups.epoch),
        release: groups.release.split(".").map(Number),
        ...(preLabel && {
            pre: { label: PRE_SPELLINGS[preLabel], number: Number(groups.preNumber ?? 0) },
        }),
        ...(hasPost && { post: Number(groups.postImplicit ?? groups.postNumber ?? 0) }),
        ...(groups.devMarker !== undefined && { dev: Number(groups.devNumber ?? 0) }),
        ...(groups.local !== undefined && {
            local: groups.local
                .toLowerCase()
                .split(/[-_.]/)
                .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
        }),
    };
}
/** The canonical spelling of a version (`1.0.0-RC.1` → `1.0.0rc1`, `v2` → `2`). */
function formatPep440(version) {
    let text = version.epoch === 0 ? "" : `${version.epoch}!`;
    text += version.release.join(".");
    if (version.pre)
        text += `${version.pre.label}${version.pre.number}`;
    if (version.post !== undefined)
        text += `.post${version.post}`;
    if (version.dev !== undefined)
        text += `.dev${version.dev}`;
    if (version.local)
        text += `+${version.local.join(".")}`;
    return text;
}
/** Normalizes a version string, or returns undefined when it is not PEP 440. */
function normalizePep440(text) {
    const version = parsePep440(text);
    return version && formatPep440(version);
}
function compareNumbers(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareRelease(a, b) {
    // Trailing zeros do not count: 1.0 == 1.0.0.
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const order = compareNumbers(a[i] ?? 0, b[i] ?? 0);
        if (order !== 0)
            return order;
    }
    return 0;
}
const PRE_RANK = { a: 0, b: 1, rc: 2 };
/**
 * Where the pre-release part places a version among the releases of the same X.Y.Z:
 * a bare dev release comes before every pre-release, a final release after all of them.
 */
function preKey(version) {
    if (version.pre)
        return [PRE_RANK[version.pre.label], version.pre.number];
    if (version.dev !== undefined && version.post === undefined)
        return [-1, 0];
    return [3, 0];
}
function compareLocal(a, b) {
    if (!a || !b)
        return compareNumbers(a ? 1 : 0, b ? 1 : 0);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined || y === undefined)
            return x === undefined ? -1 : 1;
        if (typeof x !== typeof y)
            return typeof x === "number" ? 1 : -1; // numbers sort after strings
        const order = typeof x === "number" ? compareNumbers(x, y) : x < y ? -1 : x > y ? 1 : 0;
        if (order !== 0)
            return order;
    }
    return 0;
}
/** PEP 440 ordering: negative when `a` sorts before `b`, 0 when they are equal versions. */
function comparePep440(a, b) {
    const [aPreRank, aPreNumber] = preKey(a);
    const [bPreRank, bPreNumber] = preKey(b);
    return (compareNumbers(a.epoch, b.epoch) ||
        compareRelease(a.release, b.release) ||
        compareNumbers(aPreRank, bPreRank) ||
        compareNumbers(aPreNumber, bPreNumber) ||
        compareNumbers(a.post ?? -1, b.post ?? -1) ||
        compareNumbers(a.dev ?? Number.POSITIVE_INFINITY, b.dev ?? Number.POSITIVE_INFINITY) ||
        compareLocal(a.local, b.local));
}

;// CONCATENATED MODULE: ../../packages/core/src/strategy/package-name.ts
/**
 * Python package names as indexes and installers compare them (PEP 503): `Instructlab_SDG`,
 * `instructlab.sdg` and `instructlab-sdg` are one package.
 */
/** The PEP 503 normalized name: lower case, each run of `-`, `_` and `.` one `-`. */
function normalizePackageName(name) {
    return name.replace(/[-_.]+/g, "-").toLowerCase();
}

;// CONCATENATED MODULE: ./src/timed-fetch.ts
/**
 * The index's and GitHub's small JSON requests (the OIDC audience and token, the mint-token
 * exchange, the simple API), each with a time limit, as pypa's action puts on them: a request
 * that outlasts it fails with `what` "timed out" instead of Node's 5 minutes of waiting.
 */
async function timedFetch(fetchImpl, url, init, { limitMs, what }) {
    try {
        return await fetchImpl(url, { ...init, signal: AbortSignal.timeout(limitMs) });
    }
    catch (error) {
        if (error.name === "TimeoutError")
            throw new Error(`${what} timed out (no answer from ${new URL(url).host} within ${limitMs / 1000} s)`);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/package-index.ts
/**
 * What an index already has, through the PEP 691 JSON simple API (any index that speaks it, not
 * only PyPI): the files of a project with their sha256, so that skip-existing can tell "this very
 * file is there" (skip) from "another file under this name is there" (refuse). And which hosts are
 * PyPI's own, where its rules apply (API tokens only, attestations) and its web site is elsewhere.
 */


/** PyPI or TestPyPI (or another of PyPI's hosts), by hostname: not merely one ending in "pypi.org". */
function isPypiHost(hostname) {
    return /(^|\.)pypi\.org$/.test(hostname);
}
/** PyPI's and TestPyPI's web sites, by the host of their upload URL. */
const PYPI_SITES = new Map([
    ["upload.pypi.org", "https://pypi.org"],
    ["test.pypi.org", "https://test.pypi.org"],
]);
/** The simple API of the index an upload URL belongs to. */
function simpleIndexUrl(repositoryUrl) {
    const url = new URL(repositoryUrl);
    const site = PYPI_SITES.get(url.host);
    if (site)
        return `${site}/simple/`;
    const path = url.pathname.replace(/\/legacy\/?$/, "/").replace(/\/?$/, "/");
    return `${url.origin}${path}simple/`;
}
/** A version's page on the web site of the index an upload URL belongs to. */
function projectPageUrl(repositoryUrl, project, version) {
    const { host, origin } = new URL(repositoryUrl);
    return `${PYPI_SITES.get(host) ?? origin}/project/${project}/${version}/`;
}
/**
 * The files the index has for a project; empty when the project does not exist yet. A private
 * index needs `authorization` to be read (the upload's credentials, sent only to its own host).
 */
async function listIndexFiles(fetchImpl, indexUrl, project, authorization) {
    const url = `${indexUrl.replace(/\/?$/, "/")}${normalizePackageName(project)}/`;
    const response = await timedFetch(fetchImpl, url, { headers: { accept: "application/vnd.pypi.simple.v1+json", ...(authorization && { authorization }) } }, { limitMs: 30_000, what: `The simple API request for ${project}` });
    if (response.status === 404)
        return [];
    if (response.status === 401 || response.status === 403) {
        throw new ConfigurationError(`skip-existing reads the index's simple API, and ${url} answered ${response.status} ${response.statusText}: ${authorization ? "the upload credentials do not let it be read" : "it needs credentials to be read, and only an API token (password) on the same host as repository-url is sent there"}. Set "index-url" to a simple API this job can read, or turn skip-existing off.`);
    }
    const type = response.headers.get("content-type") ?? "";
    if (!response.ok || !type.includes("application/vnd.pypi.simple.v1+json")) {
        throw new ConfigurationError(`skip-existing needs the index's PEP 691 JSON simple API; ${url} answered ${response.status} ${type || "without a content type"}. Set "index-url" to the index's simple API, or turn skip-existing off.`);
    }
    const document = (await response.json());
    return (document.files ?? []).map((file) => ({
        filename: file.filename,
        sha256: file.hashes?.sha256?.toLowerCase(),
    }));
}

;// CONCATENATED MODULE: ./src/inputs.ts



const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;
/** One of the Sigstore URLs: https, or http on this machine (a mock). */
function sigstoreUrl(name, value, example) {
    const url = URL.parse(value);
    if (url?.protocol === "https:" || (url?.protocol === "http:" && LOOPBACK.test(url.hostname)))
        return value;
    throw new ConfigurationError(`${name}="${value}" is not an https URL (http is allowed only on a loopback host: localhost, 127.0.0.0/8, [::1]). Set it to the base URL of your deployment's service (Sigstore's staging one: ${example}), or unset both SIGSTORE_FULCIO_URL and SIGSTORE_REKOR_URL to sign with the public-good Sigstore.`);
}
/** Another Sigstore deployment than the public-good one, when the job's environment names one. */
function readSigstore(env) {
    const fulcioUrl = env.SIGSTORE_FULCIO_URL?.trim() ?? "";
    const rekorUrl = env.SIGSTORE_REKOR_URL?.trim() ?? "";
    if (fulcioUrl === "" && rekorUrl === "")
        return undefined;
    if (fulcioUrl === "" || rekorUrl === "") {
        const [set, unset] = fulcioUrl === ""
            ? ["SIGSTORE_REKOR_URL", "SIGSTORE_FULCIO_URL"]
            : ["SIGSTORE_FULCIO_URL", "SIGSTORE_REKOR_URL"];
        throw new ConfigurationError(`${set} is set but ${unset} is not: a Sigstore deployment needs both its Fulcio and its Rekor. Set both SIGSTORE_FULCIO_URL and SIGSTORE_REKOR_URL, or neither to sign with the public-good Sigstore.`);
    }
    return {
        fulcioUrl: sigstoreUrl("SIGSTORE_FULCIO_URL", fulcioUrl, "https://fulcio.sigstage.dev"),
        rekorUrl: sigstoreUrl("SIGSTORE_REKOR_URL", rekorUrl, "https://rekor.sigstage.dev"),
    };
}
/**
 * Reads and checks the inputs, and the Sigstore deployment from the environment; the password
 * and the OIDC request token are masked at once.
 */
function readInputs(inputs, context, env = process.env) {
    const repositoryUrl = inputs.string("repository-url") || "https://upload.pypi.org/legacy/";
    const url = URL.parse(repositoryUrl);
    if (!url)
        throw new ConfigurationError(`Input "repository-url": ${quoteValue(repositoryUrl)} is not a URL; PyPI's is https://upload.pypi.org/legacy/.`);
    const password = inputs.secret("password");
    const user = inputs.string("user") || "__token__";
    if (password !== "" && user !== "__token__" && isPypiHost(url.hostname)) {
        throw new ConfigurationError(`Input "user": ${user}. Password-based uploads are disabled on ${url.hostname}: use an API token (user __token__, the token as password), or trusted publishing (no password).`);
    }
    const expectedVersion = inputs.string("expected-version").replace(/^v/, "");
    if (expectedVersion && !parsePep440(expectedVersion))
        throw new ConfigurationError(`Input "expected-version": ${quoteValue(expectedVersion)} is not a PEP 440 version.`);
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (requestToken)
        maskSecret(requestToken);
    return {
        ...readCommonSettings(inputs, context),
        packagesDir: inputs.string("packages-dir") || "dist",
        repositoryUrl,
        indexUrl: inputs.string("index-url"),
        user,
        password,
        expectedVersion,
        skipExisting: inputs.boolean("skip-existing"),
        verifyMetadata: inputs.boolean("verify-metadata", true),
        attestations: inputs.boolean("attestations", true),
        sigstore: readSigstore(env),
        printHash: inputs.boolean("print-hash"),
        fileSizeLimit: (inputs.integer("file-size-limit", 1, 1024) ?? 100) * 1024 * 1024,
        oidc: {
            requestUrl: env.ACTIONS_ID_TOKEN_REQUEST_URL,
            requestToken,
            eventName: context.eventName,
            event: context.event,
        },
    };
}

;// CONCATENATED MODULE: ./src/report.ts

/** Outputs (public API, DESIGN §5) and the job summary. */
function report(result, settings) {
    const uploaded = result.files.filter((file) => file.status === "uploaded").length;
    const outputs = {
        files: JSON.stringify(result.files.map(({ filename, version, sha256, status }) => ({ filename, version, sha256, status }))),
        "project-url": result.projectUrl,
    };
    const summary = new Markdown()
        .heading(`publish-pypi: ${result.project} — ${settings.dryRun ? "checked (dry-run)" : `${uploaded} uploaded, ${result.files.length - uploaded} skipped`}`, 3)
        .table(["File", "Version", "sha256", "Status"], result.files.map((file) => [
        code(file.filename),
        file.version,
        code(file.sha256.slice(0, 16)),
        file.status,
    ]))
        .paragraph(`Index: ${code(settings.repositoryUrl)}; authentication: ${result.authentication}. Project: ${job_summary_link(result.projectUrl, result.projectUrl)}.`)
        .paragraph(`PEP 740 attestations: ${result.attestations}.`);
    if (result.warnings.length > 0)
        summary.heading("Warnings", 4).list(result.warnings);
    return { outputs, summary: summary.toString() };
}

;// CONCATENATED MODULE: ./src/trusted-publishing.ts
/**
 * Trusted publishing: the job's GitHub OIDC token, for the audience the index announces, is
 * exchanged for a short-lived upload token. Each way it can fail gets the diagnosis a maintainer
 * needs: the missing `id-token: write`, a pull request from a fork, a reusable workflow, and each
 * of the index's refusal codes with the token's claims.
 */


const TROUBLESHOOTING = "https://docs.pypi.org/trusted-publishers/troubleshooting/";
const CLAIMS = [
    "sub",
    "repository",
    "repository_owner",
    "repository_owner_id",
    "workflow_ref",
    "job_workflow_ref",
    "ref",
    "environment",
];
function claimsOf(jwt) {
    try {
        return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8"));
    }
    catch {
        return {};
    }
}
function fromFork(context) {
    const pull = context.event.pull_request;
    return context.eventName === "pull_request" && pull?.head?.repo?.fork === true;
}
/** The audience the index expects in OIDC tokens (`pypi`, `testpypi`). */
async function indexAudience(fetchImpl, repositoryUrl) {
    const { host, origin } = new URL(repositoryUrl);
    const response = await timedFetch(fetchImpl, `${origin}/_/oidc/audience`, {}, { limitMs: 5_000, what: "Trusted publishing exchange failure: audience retrieval" });
    if (response.status === 403)
        throw new ConfigurationError(`Trusted publishing exchange failure: audience retrieval failed: repository at ${host} has trusted publishing disabled.`);
    if (response.status === 404)
        throw new ConfigurationError(`Trusted publishing exchange failure: audience retrieval failed: repository at ${host} does not indicate trusted publishing support. Use an API token (password) for this index.`);
    if (!response.ok)
        throw new Error(`Trusted publishing exchange failure: audience retrieval failed: repository at ${host} responded with unexpected ${response.status}: ${response.statusText}`);
    return (await response.json()).audience;
}
/** The job's GitHub OIDC token for an audience. */
async function requestOidcToken(fetchImpl, context, audience) {
    if (!context.requestUrl || !context.requestToken) {
        if (fromFork(context)) {
            throw new ConfigurationError("Trusted publishing exchange failure: this workflow runs for a pull request from a fork, and GitHub gives such runs no OIDC token, whatever their permissions say. Publish from a tag, release or workflow_dispatch event instead.");
        }
        throw new ConfigurationError(`Trusted publishing exchange failure: the job has no OIDC token (ACTIONS_ID_TOKEN_REQUEST_${context.requestUrl ? "TOKEN" : "URL"} is unset). Add "permissions: id-token: write" to the publishing job, or pass an API token as "password".`);
    }
    const separator = context.requestUrl.includes("?") ? "&" : "?";
    const response = await timedFetch(fetchImpl, `${context.requestUrl}${separator}audience=${encodeURIComponent(audience)}`, { headers: { authorization: `bearer ${context.requestToken}` } }, { limitMs: 30_000, what: "GitHub: OIDC token request" });
    if (!response.ok)
        throw new Error(`GitHub: OIDC token request failed (code=${response.status}, body=${await response.text()})`);
    const value = (await response.json()).value;
    if (typeof value !== "string")
        throw new Error("GitHub: malformed or incomplete JSON");
    return value;
}
/**
 * Exchanges the job's OIDC token for an upload token. Both tokens are handed to `mask` before
 * anything else is done with them.
 */
async function mintUploadToken(fetchImpl, repositoryUrl, context, mask, log) {
    const audience = await indexAudience(fetchImpl, repositoryUrl);
    const oidc = await requestOidcToken(fetchImpl, context, audience);
    mask(oidc);
    const claims = claimsOf(oidc);
    if (claims.workflow_ref !== undefined &&
        claims.job_workflow_ref !== undefined &&
        claims.workflow_ref !== claims.job_workflow_ref) {
        log.warning(`Potential workflow misconfiguration: this job runs in a reusable workflow (${claims.job_workflow_ref}, called from ${claims.workflow_ref}). PyPI matches trusted publishers on the reusable workflow, which is usually not the one registered: expect "invalid-publisher". See https://github.com/pypa/gh-action-pypi-publish/issues/166.`);
    }
    const response = await timedFetch(fetchImpl, `${new URL(repositoryUrl).origin}/_/oidc/mint-token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: oidc }),
    }, { limitMs: 5_000, what: "Trusted publishing exchange failure: the token request" });
    let body;
    try {
        body = (await response.json());
    }
    catch {
        throw new Error(`Token request failed: the index produced an unexpected ${response.status} response. Check https://status.python.org/ for an outage.`);
    }
    if (!response.ok) {
        const reasons = (body.errors ?? [])
            .map((error) => `* \`${error.code}\`: ${error.description}`)
            .join("\n");
        const shown = CLAIMS.map((claim) => `* \`${claim}\`: \`${claims[claim] ?? "MISSING"}\``).join("\n");
        throw new ConfigurationError(`Trusted publishing exchange failure: Token request failed: the index gave these reasons:\n${reasons}\nThe claims of this job's token, to compare with the trusted publisher configured on the index:\n${shown}\nSee ${TROUBLESHOOTING}`);
    }
    if (typeof body.token !== "string")
        throw new Error("Token response error: the index gave us an invalid response.");
    mask(body.token);
    return { token: body.token, expiresAt: typeof body.expires === "number" ? body.expires * 1000 : undefined };
}

;// CONCATENATED MODULE: ./src/attestations.ts
/**
 * PEP 740 publish attestations, as gh-action-pypi-publish makes them: for each distribution an
 * in-toto statement naming the file and its sha256, signed through Sigstore with the job's GitHub
 * identity (a Fulcio certificate, a Rekor v1 `dsse` entry), then converted from the Sigstore
 * bundle to the attestation object PyPI takes in the upload's `attestations` field.
 * `@sigstore/sign` is loaded only when something is signed: most runs never pay for it.
 */



/** The public-good instance PyPI trusts. */
const PUBLIC_GOOD_SIGSTORE = {
    fulcioUrl: "https://fulcio.sigstore.dev",
    rekorUrl: "https://rekor.sigstore.dev",
};
/** The predicate type of a publish attestation. */
const PUBLISH_PREDICATE_TYPE = "https://docs.pypi.org/attestations/publish/v1";
const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
/** The in-toto Statement v1 a publish attestation signs, as its exact JSON bytes. */
function publishStatement(filename, sha256) {
    return Buffer.from(JSON.stringify({
        _type: "https://in-toto.io/Statement/v1",
        subject: [{ name: filename, digest: { sha256 } }],
        predicateType: PUBLISH_PREDICATE_TYPE,
        predicate: {},
    }), "utf8");
}
/**
 * gh-action-pypi-publish's rule: attestations only with trusted publishing, and only for PyPI and
 * TestPyPI (the only indexes that take them). An explicit Sigstore instance (a private deployment,
 * or a test's mock) means the caller chose where to sign: the host rule then does not apply.
 */
function planAttestations(settings) {
    if (!settings.attestations)
        return { sign: false };
    if (settings.password !== "") {
        return {
            sign: false,
            warning: 'Input "attestations" is true, but no PEP 740 attestations were made: PyPI takes them only with trusted publishing, and this upload uses a password. Leave "password" empty to publish through trusted publishing (with a publisher configured on the index), or set attestations: false.',
        };
    }
    if (settings.sigstore)
        return { sign: true, sigstore: settings.sigstore };
    const host = new URL(settings.repositoryUrl).hostname;
    if (!isPypiHost(host)) {
        return {
            sign: false,
            warning: `Input "attestations" is true, but no PEP 740 attestations were made: ${host} is neither PyPI nor TestPyPI, and only those take them. Set attestations: false for this index.`,
        };
    }
    return { sign: true, sigstore: PUBLIC_GOOD_SIGSTORE };
}
const base64 = (bytes) => bytes.toString("base64");
function entryJson(entry) {
    const proof = entry.inclusionProof;
    return {
        logIndex: entry.logIndex,
        logId: { keyId: base64(entry.logId?.keyId ?? Buffer.alloc(0)) },
        kindVersion: { kind: entry.kindVersion?.kind ?? "", version: entry.kindVersion?.version ?? "" },
        integratedTime: entry.integratedTime,
        ...(entry.inclusionPromise && {
            inclusionPromise: { signedEntryTimestamp: base64(entry.inclusionPromise.signedEntryTimestamp) },
        }),
        ...(proof && {
            inclusionProof: {
                logIndex: proof.logIndex,
                rootHash: base64(proof.rootHash),
                treeSize: proof.treeSize,
                hashes: proof.hashes.map(base64),
                checkpoint: { envelope: proof.checkpoint?.envelope ?? "" },
            },
        }),
        canonicalizedBody: base64(entry.canonicalizedBody),
    };
}
/** The attestation object of a Sigstore bundle (pypi-attestations' `Attestation.from_bundle`). */
function toPypiAttestation(bundle) {
    const material = bundle.verificationMaterial;
    const content = material.content;
    const certificate = content.$case === "certificate"
        ? content.certificate.rawBytes
        : content.$case === "x509CertificateChain"
            ? content.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    const [entry] = material.tlogEntries;
    const [signature] = bundle.content.dsseEnvelope.signatures;
    if (!certificate || !entry || !signature || material.tlogEntries.length !== 1)
        throw new Error("Sigstore returned a bundle PEP 740 cannot express: it needs one Fulcio certificate, one Rekor entry and one signature.");
    return {
        version: 1,
        verification_material: { certificate: base64(certificate), transparency_entries: [entryJson(entry)] },
        envelope: { statement: base64(bundle.content.dsseEnvelope.payload), signature: base64(signature.sig) },
    };
}
function sigstoreFailure(error, filename, sigstore) {
    const code = error.code;
    const what = code === "CA_CREATE_SIGNING_CERTIFICATE_ERROR"
        ? `Fulcio (${sigstore.fulcioUrl}) issued no signing certificate`
        : code === "TLOG_CREATE_ENTRY_ERROR" || code === "TLOG_FETCH_ENTRY_ERROR"
            ? `Rekor (${sigstore.rekorUrl}) did not log the signature`
            : "Sigstore failed";
    return new ConfigurationError(`Nothing was uploaded: signing the PEP 740 attestation of ${filename} failed: ${what} (${getErrorMessage(error)}). If Sigstore is down (https://status.sigstore.dev/), re-run the job later, or set attestations: false to publish without attestations.`);
}
/**
 * Signs one publish attestation per distribution with the job's identity (OIDC audience
 * `sigstore`, masked at once) and returns each file's `attestations` form field (a JSON array).
 * Any Sigstore failure is thrown before anything is returned, so nothing gets uploaded.
 */
async function signAttestations(dists, options) {
    const fields = new Map();
    const token = await requestOidcToken(options.fetch, options.oidc, "sigstore");
    options.mask(token);
    const { DSSEBundleBuilder, FulcioSigner, RekorWitness } = await Promise.all(/* import() */[__nccwpck_require__.e(775), __nccwpck_require__.e(111)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5775));
    const network = {
        retry: { retries: options.retry.attempts - 1, factor: 2, minTimeout: options.retry.backoffMs },
        timeout: 30_000,
    };
    const builder = new DSSEBundleBuilder({
        signer: new FulcioSigner({
            identityProvider: { getToken: async () => token },
            fulcioBaseURL: options.sigstore.fulcioUrl,
            ...network,
        }),
        witnesses: [
            new RekorWitness({
                rekorBaseURL: options.sigstore.rekorUrl,
                entryType: "dsse",
                majorApiVersion: 1,
                ...network,
            }),
        ],
    });
    for (const dist of dists) {
        let attestation;
        try {
            const bundle = await builder.create({
                data: publishStatement(dist.filename, dist.sha256),
                type: IN_TOTO_PAYLOAD_TYPE,
            });
            attestation = toPypiAttestation(bundle);
        }
        catch (error) {
            throw sigstoreFailure(error, dist.filename, options.sigstore);
        }
        fields.set(dist.filename, JSON.stringify([attestation]));
        options.log.info(`${dist.filename}: attestation signed, Rekor log index ${attestation.verification_material.transparency_entries[0]?.logIndex}.`);
    }
    return fields;
}

// EXTERNAL MODULE: ../../node_modules/hash-wasm/dist/blake2b.umd.min.js
var blake2b_umd_min = __nccwpck_require__(7);
var blake2b_umd_min_default = /*#__PURE__*/__nccwpck_require__.n(blake2b_umd_min);
;// CONCATENATED MODULE: ./src/digests.ts
/**
 * The digests of a distribution: sha256 (what indexes compare and attestations sign), BLAKE2b-256
 * (what PyPI keys files on; Node's crypto cannot produce it, hash-wasm's BLAKE2b build can), and
 * md5 only when print-hash shows it. A `Digester` takes the bytes as they pass: in a pass of its
 * own over the file (`digestFile`), or along the upload (multipart-body.ts).
 */


/** Reads files in chunks of this size, into one buffer reused for the whole file. */
const READ_CHUNK = 64 * 1024;
/** A digester for one file. */
async function createDigester({ md5 = false } = {}) {
    // Loaded here, once the upload's first bytes are on their way (multipart-body.ts), not at start.
    const { createHash } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23));
    const sha256 = createHash("sha256");
    const md5Hash = md5 ? createHash("md5") : undefined;
    const blake2 = (await blake2b_umd_min_default().createBLAKE2b(256)).init();
    return {
        update(chunk) {
            sha256.update(chunk);
            md5Hash?.update(chunk);
            blake2.update(chunk);
        },
        digest: () => ({
            sha256: sha256.digest("hex"),
            blake2_256: blake2.digest("hex"),
            ...(md5Hash && { md5: md5Hash.digest("hex") }),
        }),
    };
}
/** Reads the file once and computes its digests. */
async function digestFile(path, options = {}) {
    const digester = await createDigester(options);
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    const file = await (0,promises_namespaceObject.open)(path);
    try {
        for (;;) {
            const { bytesRead } = await file.read(buffer, 0, READ_CHUNK, null);
            if (bytesRead === 0)
                return digester.digest();
            digester.update(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        await file.close();
    }
}

;// CONCATENATED MODULE: ./src/rst-check.ts
/**
 * What would keep a reStructuredText description from rendering on PyPI. PyPI renders reST with
 * docutils through readme_renderer, which refuses the whole description on the first warning.
 * Covered here: section underlines shorter than their title, directives and roles docutils does
 * not know (Sphinx's, typically), the raw and include directives PyPI switches off, and strong or
 * literal markup left open in a paragraph. Literal blocks, comments and directive bodies are not
 * looked into. A description that passes may still fail on rarer constructs; one that fails here
 * fails on PyPI.
 */
const DIRECTIVES = new Set([
    "admonition",
    "attention",
    "caution",
    "danger",
    "error",
    "hint",
    "important",
    "note",
    "tip",
    "warning",
    "image",
    "figure",
    "topic",
    "sidebar",
    "line-block",
    "parsed-literal",
    "code",
    "code-block",
    "sourcecode",
    "math",
    "rubric",
    "epigraph",
    "highlights",
    "pull-quote",
    "compound",
    "container",
    "table",
    "csv-table",
    "list-table",
    "contents",
    "sectnum",
    "section-numbering",
    "header",
    "footer",
    "target-notes",
    "replace",
    "unicode",
    "date",
    "class",
    "role",
    "default-role",
    "title",
    "meta",
    "raw",
    "include",
]);
/** Known to docutils, but switched off by readme_renderer (raw_enabled, file_insertion_enabled). */
const DISABLED = new Set(["raw", "include"]);
const ROLES = new Set([
    "emphasis",
    "literal",
    "code",
    "math",
    "pep-reference",
    "pep",
    "rfc-reference",
    "rfc",
    "strong",
    "subscript",
    "sub",
    "superscript",
    "sup",
    "title-reference",
    "title",
    "t",
    "abbreviation",
    "ab",
    "acronym",
    "ac",
]);
const ADORNMENT = /^([!-/:-@[-`{-~])\1{3,}\s*$/;
/** `.. name::`, or `.. |substitution| name::`; the name is captured. */
const DIRECTIVE = /^\s*\.\.\s+(?:\|[^|]+\|\s+)?([\w-]+(?::[\w-]+)?)::/;
/** `..` not followed by a hyperlink target, footnote, citation or substitution: a comment, unless a directive. */
const COMMENT = /^\s*\.\.(?:$|\s(?!\s*[_[|]))/;
/** The problems found, as docutils would word them, with line numbers. */
function rstProblems(text) {
    const lines = markupLines(text.replace(/\r\n/g, "\n").split("\n"));
    const problems = lines.flatMap((line, index) => lineProblems(line, lines[index - 1] ?? "", index + 1));
    for (const { number, text } of paragraphs(lines))
        problems.push(...inlineProblems(text, number));
    return problems;
}
/** The lines, with literal blocks, comments and the bodies of directives blanked. */
function markupLines(lines) {
    let skipped = -1; // indentation of the line that opened the block being blanked
    return lines.map((line) => {
        const indent = line.length - line.trimStart().length;
        if (skipped >= 0) {
            if (line.trim() === "" || indent > skipped)
                return "";
            skipped = -1;
        }
        const directive = DIRECTIVE.test(line);
        const comment = COMMENT.test(line) && !directive;
        if (directive || comment || line.trimEnd().endsWith("::"))
            skipped = indent;
        return comment ? "" : line;
    });
}
/** Runs of consecutive non-blank lines, each with the number of its first line, as docutils reports them. */
function paragraphs(lines) {
    const found = [];
    lines.forEach((line, index) => {
        if (line.trim() === "")
            return;
        const last = found.at(-1);
        if (last && lines[index - 1]?.trim())
            last.text += `\n${line}`;
        else
            found.push({ number: index + 1, text: line });
    });
    return found;
}
/** Title underlines, directives and roles: problems docutils finds within one line. */
function lineProblems(line, previous, number) {
    const problems = [];
    if (ADORNMENT.test(line) &&
        previous.trim() !== "" &&
        !ADORNMENT.test(previous) &&
        line.trimEnd().length < previous.trimEnd().length) {
        problems.push(`line ${number}: Warning: Title underline too short.`);
    }
    const directive = DIRECTIVE.exec(line)?.[1];
    if (directive && DISABLED.has(directive.toLowerCase()))
        problems.push(`line ${number}: Warning: "${directive}" directive disabled.`);
    else if (directive && !DIRECTIVES.has(directive.toLowerCase()))
        problems.push(`line ${number}: Error: Unknown directive type "${directive}".`);
    for (const role of line.matchAll(/(?:^|[\s(])(:[\w-]+(?::[\w-]+)?:)`/g)) {
        const name = role[1].slice(1, -1);
        if (!ROLES.has(name.toLowerCase()))
            problems.push(`line ${number}: Error: Unknown interpreted text role "${name}".`);
    }
    return problems;
}
/** Literal and strong markup left open in a paragraph, reported at its first line as docutils does. */
function inlineProblems(text, number) {
    const problems = [];
    const withoutLiterals = text.replace(/``[^`]+``/g, "");
    if ((withoutLiterals.match(/``/g) ?? []).length % 2 === 1)
        problems.push(`line ${number}: Warning: Inline literal start-string without end-string.`);
    if ((withoutLiterals.replace(/\*\*[^*]+\*\*/g, "").match(/(?<![\w*])\*\*(?=\S)/g) ?? []).length > 0) {
        problems.push(`line ${number}: Warning: Inline strong start-string without end-string.`);
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/dist-checks.ts
/**
 * What PyPI (Warehouse) would refuse, checked before any upload, each with Warehouse's own words
 * and what to do; plus what `verify-metadata` promises (twine check) and `expected-version`.
 * A refused dist means nothing is uploaded: a half-published release is worse than none.
 */


const SUPPORTED_METADATA_VERSIONS = ["1.0", "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5"];
const NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
const ARCHES = "(x86_64|i686|aarch64|armv7l|ppc64le|s390x|riscv64|ppc64)";
const MAC_ARCHES = "(x86_64|arm64|universal2|universal|intel|fat|fat3|fat64|i386|ppc|ppc64)";
const PLATFORMS = [
    /^(any|win32|win_amd64|win_arm64|win_ia64|linux_armv6l|linux_armv7l)$/,
    /^manylinux1_(x86_64|i686)$/,
    /^manylinux2010_(x86_64|i686)$/,
    /^manylinux2014_(x86_64|i686|aarch64|armv7l|ppc64|ppc64le|s390x)$/,
    new RegExp(`^manylinux_\\d+_\\d+_${ARCHES}$`),
    /^musllinux_\d+_\d+_(x86_64|i686|aarch64|armv7l|ppc64le|s390x|riscv64)$/,
    new RegExp(`^macosx_10_\\d+_${MAC_ARCHES}$`),
    new RegExp(`^macosx_(11|12|13|14|15|26)_0_${MAC_ARCHES}$`),
    /^ios_\w+$/,
    /^android_\w+$/,
    /^pyemscripten_\w+_wasm32$/,
];
// Fields and the Metadata-Version that introduced them.
const FIELD_VERSIONS = {
    "description-content-type": "2.1",
    "provides-extra": "2.1",
    dynamic: "2.2",
    "license-expression": "2.4",
    "license-file": "2.4",
};
const CONTENT_TYPES = ["text/plain", "text/x-rst", "text/markdown"];
// Warehouse refuses ordinals 0-31 and 127 in file names.
function hasControlCharacters(text) {
    return [...text].some((character) => {
        const code = character.charCodeAt(0);
        return code < 32 || code === 127;
    });
}
function versionAtLeast(version, minimum) {
    const [a = 0, b = 0] = version.split(".").map(Number);
    const [c = 0, d = 0] = minimum.split(".").map(Number);
    return a > c || (a === c && b >= d);
}
/** Checks every distribution against Warehouse's rules (and the options). */
function checkDistributions(distributions, options) {
    const errors = [];
    const warnings = [];
    const expected = options.expectedVersion ? parsePep440(options.expectedVersion) : undefined;
    for (const dist of distributions) {
        const fail = (message, fix) => errors.push(`${dist.filename}: PyPI refuses it: "${message}" ${fix}`);
        const { metadata, parsed } = dist;
        const metadataVersion = metadata.get("Metadata-Version");
        const name = metadata.get("Name");
        const versionText = metadata.get("Version");
        if (!metadataVersion || !name || !versionText) {
            fail("Metadata-Version, Name and Version are required", "The archive's metadata is incomplete: rebuild it with a current build backend.");
            continue;
        }
        if (!SUPPORTED_METADATA_VERSIONS.includes(metadataVersion)) {
            fail(`'${metadataVersion}' is an invalid value for Metadata-Version. Error: Use a known metadata version.`, `PyPI accepts ${SUPPORTED_METADATA_VERSIONS.join(", ")}; build with a backend that writes one of them.`);
        }
        if (!NAME.test(name))
            fail(`'${name}' is an invalid value for Name.`, "Start and end with a letter or numeral, and use only ASCII letters, digits, '.', '_' and '-'.");
        const version = parsePep440(versionText);
        if (!version) {
            fail(`'${versionText}' is an invalid value for Version. Error: Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.`, "Use a PEP 440 version.");
            continue;
        }
        if (version.local)
            fail(`The use of local versions in '${versionText}' is not allowed.`, `Release ${formatPep440({ ...version, local: undefined })} instead (setuptools_scm: local_scheme = "no-local-version").`);
        const project = normalizePackageName(name);
        const normalized = project.replace(/-/g, "_");
        if (normalizePackageName(parsed.name) !== project) {
            fail(`Start filename for '${project}' with '${normalized}'.`, `The filename names ${parsed.name}, the metadata ${name}: the file belongs to another project or was renamed.`);
        }
        else if (parsed.kind === "wheel" && parsed.name !== normalized) {
            fail(`Filename '${dist.filename}' should contain the normalized project name '${normalized}', not '${parsed.name}'.`, "Rebuild with a current build backend, which normalizes the name.");
        }
        const fileVersion = parsePep440(parsed.version);
        if (!fileVersion || comparePep440(fileVersion, version) !== 0) {
            fail(`Version in filename should be '${formatPep440(version)}' not '${parsed.version}'.`, "The file was renamed, or built from another version.");
        }
        if (parsed.kind === "sdist") {
            const wanted = `${normalized}-${formatPep440(version)}.tar.gz`;
            if (dist.filename !== wanted)
                fail(`Filename '${dist.filename}' is invalid, should be '${wanted}'.`, "PEP 625 names sdists {normalized_name}-{version}.tar.gz; rebuild with a current build backend.");
        }
        else {
            for (const platform of parsed.platforms) {
                if (!PLATFORMS.some((pattern) => pattern.test(platform))) {
                    fail(`Binary wheel '${dist.filename}' has an unsupported platform tag '${platform}'.`, "Build a manylinux/musllinux wheel (auditwheel repair), or upload only the sdist.");
                }
            }
            const info = `${parsed.name}-${parsed.version}.dist-info`;
            if (!dist.members.includes(`${info}/WHEEL`))
                fail(`Invalid distribution file. WHEEL not found at ${info}/WHEEL`, "The wheel is damaged: rebuild it.");
            if (!dist.members.includes(`${info}/RECORD`))
                fail(`Wheel '${dist.filename}' does not contain the required RECORD file: ${info}/RECORD`, "The wheel is damaged: rebuild it.");
            if (dist.methods.some((method) => method !== 0 && method !== 8))
                fail("Invalid distribution file. File does not use a supported compression type", "Zip members may only be stored or deflated.");
        }
        if (dist.size > options.maxFileSize) {
            fail(`File too large. Limit for project '${project}' is ${Math.round(options.maxFileSize / 1024 / 1024)} MB.`, "Make the file smaller, or request a larger limit for the project on PyPI.");
        }
        if ((metadata.get("Summary") ?? "").length > 512)
            fail("'summary' must be 512 characters or less.", "Shorten the project's description in pyproject.toml.");
        if (hasControlCharacters(dist.filename) || /[/\\]/.test(dist.filename))
            fail("Cannot upload a file with non-printable characters or path separators in the name.", "Rename the file.");
        if (expected && comparePep440(version, expected) !== 0) {
            errors.push(`${dist.filename}: version ${formatPep440(version)}, but expected-version is ${formatPep440(expected)}: a build from another commit or tag must never reach the index.`);
        }
        if (options.verifyMetadata)
            verifyMetadata(dist, metadataVersion, fail, (warning) => warnings.push(`${dist.filename}: ${warning}`));
    }
    const sdists = new Map();
    for (const dist of distributions.filter((candidate) => candidate.parsed.kind === "sdist")) {
        const key = `${normalizePackageName(dist.parsed.name)} ${dist.metadata.get("Version")}`;
        sdists.set(key, [...(sdists.get(key) ?? []), dist.filename]);
    }
    for (const files of sdists.values()) {
        if (files.length > 1)
            errors.push(`${files.join(", ")}: PyPI refuses them: "Only one sdist may be uploaded per release." Keep one.`);
    }
    return { errors, warnings };
}
/** What twine check verifies, in its words. */
function verifyMetadata(dist, metadataVersion, fail, warn) {
    const { metadata } = dist;
    for (const [field, since] of Object.entries(FIELD_VERSIONS)) {
        if (metadata.all(field).length === 0 || versionAtLeast(metadataVersion, since))
            continue;
        // Older setuptools wrote License-File long before 2.4 made it standard: twine and PyPI drop it.
        if (field === "license-file")
            warn(`License-File needs Metadata-Version 2.4 or later (this file declares ${metadataVersion}); twine and PyPI ignore it.`);
        else
            fail(`'${field}' is invalid for Metadata-Version ${metadataVersion}; it needs ${since} or later.`, "Rebuild with a current build backend (hatchling ≥ 1.26, setuptools ≥ 77 write 2.4).");
    }
    if (metadata.get("License") && metadata.get("License-Expression"))
        fail("License and License-Expression are mutually exclusive.", "Keep License-Expression (an SPDX expression).");
    for (const requirement of [
        ...metadata.all("Requires-Dist"),
        ...metadata.all("Provides-Dist"),
        ...metadata.all("Obsoletes-Dist"),
    ]) {
        if (/@\s*\w+:\/\//.test(requirement))
            fail(`Can't have direct dependency: ${requirement}`, "PyPI refuses URL dependencies: publish the dependency, or drop it.");
    }
    for (const url of metadata.all("Project-URL")) {
        const [label = ""] = url.split(",");
        if (label.trim().length > 32)
            fail(`Project-URL label '${label.trim()}' is longer than 32 characters.`, "Shorten it in pyproject.toml's [project.urls].");
    }
    const contentType = metadata.get("Description-Content-Type");
    const baseType = contentType?.split(";")[0]?.trim().toLowerCase();
    if (baseType && !CONTENT_TYPES.includes(baseType))
        fail(`'${contentType}' is an invalid value for Description-Content-Type.`, `Use one of ${CONTENT_TYPES.join(", ")}.`);
    if (!contentType)
        warn("`long_description_content_type` missing. defaulting to `text/x-rst`.");
    if (!metadata.description || metadata.description.trim() === "UNKNOWN")
        warn("`long_description` missing.");
    else if (!baseType || baseType === "text/x-rst") {
        const problems = rstProblems(metadata.description);
        if (problems.length > 0) {
            fail(`The description failed to render in the default format of reStructuredText.`, `\`long_description\` has syntax errors in markup and would not be rendered on PyPI: ${problems.join("; ")}. Fix the README, or declare its real content type (readme = "README.md").`);
        }
    }
}

;// CONCATENATED MODULE: ./src/core-metadata.ts
/**
 * Python core metadata (a wheel's METADATA, an sdist's PKG-INFO): email-header fields, some of
 * them repeated, continuation lines, and since Metadata-Version 2.1 the description as the body.
 */
/** Parsed core metadata. Field names are kept as written and looked up without case. */
class CoreMetadata {
    #fields = new Map();
    #names = new Map();
    /** The description: the message body, or the Description header of older metadata. */
    description;
    constructor(fields, body) {
        for (const [name, value] of fields) {
            const key = name.toLowerCase();
            this.#names.set(key, name);
            this.#fields.set(key, [...(this.#fields.get(key) ?? []), value]);
        }
        this.description = body !== undefined && body.trim() !== "" ? body : this.get("description");
    }
    /** Parses the text of METADATA or PKG-INFO. */
    static parse(text) {
        const lines = text.replace(/\r\n/g, "\n").split("\n");
        const fields = [];
        let index = 0;
        for (; index < lines.length; index++) {
            const line = lines[index];
            if (line === "")
                break;
            if (/^[ \t]/.test(line) && fields.length > 0) {
                const last = fields[fields.length - 1];
                // Older Description headers continue with "       |" (seven spaces and a bar).
                last[1] += `\n${line.replace(/^ {7}\|/, "").replace(/^[ \t]+/, "")}`;
                continue;
            }
            const colon = line.indexOf(":");
            if (colon <= 0)
                throw new Error(`Invalid distribution metadata: malformed line ${index + 1}: ${JSON.stringify(line.slice(0, 60))}`);
            fields.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
        }
        const body = index < lines.length ? lines.slice(index + 1).join("\n") : undefined;
        return new CoreMetadata(fields, body);
    }
    /** The first value of a field. */
    get(name) {
        return this.#fields.get(name.toLowerCase())?.[0];
    }
    /** Every value of a repeated field. */
    all(name) {
        return this.#fields.get(name.toLowerCase()) ?? [];
    }
    /** Every field as written: [name, values]. */
    entries() {
        return [...this.#fields].map(([key, values]) => [this.#names.get(key) ?? key, values]);
    }
}
// Upload form names of the metadata fields (twine's mapping); repeated fields send one part per value.
const FORM_NAMES = {
    "metadata-version": "metadata_version",
    name: "name",
    version: "version",
    summary: "summary",
    "description-content-type": "description_content_type",
    keywords: "keywords",
    "home-page": "home_page",
    "download-url": "download_url",
    author: "author",
    "author-email": "author_email",
    maintainer: "maintainer",
    "maintainer-email": "maintainer_email",
    license: "license",
    "license-expression": "license_expression",
    "license-file": "license_file",
    classifier: "classifiers",
    platform: "platform",
    "supported-platform": "supported_platform",
    "requires-dist": "requires_dist",
    "requires-python": "requires_python",
    "requires-external": "requires_external",
    "provides-extra": "provides_extra",
    "provides-dist": "provides_dist",
    "obsoletes-dist": "obsoletes_dist",
    requires: "requires",
    provides: "provides",
    obsoletes: "obsoletes",
    dynamic: "dynamic",
    "project-url": "project_urls",
};
/** The metadata as upload form fields, in the order twine sends them. */
function metadataFormFields(metadata) {
    const fields = [];
    for (const [name, values] of metadata.entries()) {
        const form = FORM_NAMES[name.toLowerCase()];
        if (!form)
            continue;
        if (form === "keywords")
            fields.push([form, values.join(", ")]);
        else
            for (const value of values)
                fields.push([form, value]);
    }
    if (metadata.description !== undefined)
        fields.push(["description", metadata.description]);
    return fields;
}

;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/tar-reader.ts
/**
 * Reads a gzipped tar file (an sdist): member headers one by one, the content of the members
 * asked for, and nothing else kept. A small archive is decompressed in one synchronous call; a
 * larger one streams, read in chunks by synchronous reads fed to gunzip as it takes them, so
 * memory does not grow with the file. This is read before the first upload: both ways start
 * faster than a file stream.
 */




function tar_reader_text(block, start, length) {
    const slice = block.subarray(start, start + length);
    const end = slice.indexOf(0);
    return slice.toString("utf8", 0, end === -1 ? slice.length : end);
}
function number(block, start, length) {
    // Base-256 for sizes over 8 GiB, octal otherwise.
    if (((block[start] ?? 0) & 0x80) !== 0) {
        let value = 0;
        for (let i = start + 1; i < start + length; i++)
            value = value * 256 + (block[i] ?? 0);
        return value;
    }
    return Number.parseInt(tar_reader_text(block, start, length).trim() || "0", 8);
}
function paxPath(data) {
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const length = Number(data.toString("utf8", at, space));
        if (!length)
            break;
        const record = data.toString("utf8", space + 1, at + length - 1);
        if (record.startsWith("path="))
            return record.slice(5);
        at += length;
    }
    return undefined;
}
function* fileChunks(path) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, "r");
    try {
        for (;;) {
            const chunk = Buffer.allocUnsafe(READ_CHUNK);
            const length = (0,external_node_fs_namespaceObject.readSync)(fd, chunk);
            if (length === 0)
                return;
            yield chunk.subarray(0, length);
        }
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Takes the decompressed archive in chunks of any size and collects what `scanTarGz` returns. */
class TarMembers {
    members = [];
    contents = new Map();
    /** True once the end-of-archive block was read. */
    ended = false;
    #want;
    #pending = Buffer.alloc(0);
    /** The member whose data is being read, and what of it is kept. */
    #current;
    /** Bytes to discard: the padding after a member's data. */
    #skip = 0;
    #longName;
    constructor(want) {
        this.#want = want;
    }
    push(chunk) {
        if (this.ended)
            return;
        let pending = this.#pending.length === 0 ? chunk : Buffer.concat([this.#pending, chunk]);
        while (!this.ended) {
            if (this.#skip > 0) {
                const dropped = Math.min(this.#skip, pending.length);
                pending = pending.subarray(dropped);
                this.#skip -= dropped;
                if (this.#skip > 0)
                    break;
                continue;
            }
            const current = this.#current;
            if (current) {
                const take = Math.min(current.remaining, pending.length);
                current.keep?.push(pending.subarray(0, take));
                pending = pending.subarray(take);
                current.remaining -= take;
                if (current.remaining > 0)
                    break;
                const data = current.keep && Buffer.concat(current.keep);
                if (current.type === "L" && data)
                    this.#longName = tar_reader_text(data, 0, data.length);
                else if (current.type === "x" && data)
                    this.#longName = paxPath(data) ?? this.#longName;
                else if (data)
                    this.contents.set(current.name, data);
                this.#skip = current.padding;
                this.#current = undefined;
                continue;
            }
            if (pending.length < 512)
                break;
            const block = pending.subarray(0, 512);
            pending = pending.subarray(512);
            if (block.every((byte) => byte === 0)) {
                this.ended = true;
                break;
            }
            const type = String.fromCharCode(block[156] ?? 48).replace("\0", "0");
            const prefix = tar_reader_text(block, 257, 6).startsWith("ustar") ? tar_reader_text(block, 345, 155) : "";
            const name = this.#longName ?? (prefix ? `${prefix}/${tar_reader_text(block, 0, 100)}` : tar_reader_text(block, 0, 100));
            const size = number(block, 124, 12);
            const meta = type === "L" || type === "x" || type === "g";
            if (!meta) {
                this.#longName = undefined;
                this.members.push({ name, type, size });
            }
            const keep = meta || (this.#want({ name, type, size }) && size <= MAX_KEPT) ? [] : undefined;
            this.#current = { name, type, remaining: size, padding: (512 - (size % 512)) % 512, keep };
        }
        this.#pending = pending;
    }
}
/** Largest member content kept. */
const MAX_KEPT = 16 * 1024 * 1024;
/**
 * Archives up to this size are read and decompressed in one synchronous call (most sdists:
 * about a millisecond, where setting up a stream takes three); larger ones stream.
 */
const WHOLE_FILE_LIMIT = 1024 * 1024;
/** Most a whole-file read may decompress to; a larger archive is streamed after all. */
const WHOLE_FILE_OUTPUT_LIMIT = 32 * 1024 * 1024;
/** The whole decompressed archive, or undefined when it would exceed WHOLE_FILE_OUTPUT_LIMIT. */
function gunzipWhole(path) {
    try {
        return (0,external_node_zlib_namespaceObject.gunzipSync)((0,external_node_fs_namespaceObject.readFileSync)(path), { maxOutputLength: WHOLE_FILE_OUTPUT_LIMIT });
    }
    catch (error) {
        if (error.code === "ERR_BUFFER_TOO_LARGE")
            return undefined;
        throw error;
    }
}
/** Scans the members of a .tar.gz, keeping the contents of those `want` selects (up to 16 MiB each). */
async function scanTarGz(path, want) {
    const scan = new TarMembers(want);
    const whole = (0,external_node_fs_namespaceObject.statSync)(path).size <= WHOLE_FILE_LIMIT ? gunzipWhole(path) : undefined;
    if (whole) {
        scan.push(whole);
        return { members: scan.members, contents: scan.contents };
    }
    const stream = (0,external_node_zlib_namespaceObject.createGunzip)();
    const feeding = (0,external_node_stream_promises_namespaceObject.pipeline)(fileChunks(path), stream);
    try {
        // Read to the end even after the end-of-archive blocks: gunzip checks the file's trailer
        // there, as the one-call read does.
        for await (const chunk of stream)
            scan.push(chunk);
    }
    finally {
        stream.destroy();
        // Its errors reached the loop above through the stream; stopping early ends it too.
        await feeding.catch(() => { });
    }
    return { members: scan.members, contents: scan.contents };
}

;// CONCATENATED MODULE: ./src/zip-reader.ts
/**
 * Reads single members of a zip file (a wheel) from its central directory, without loading the
 * file: the directory is at the end, and each member is inflated on its own. These few small
 * reads at known offsets are synchronous: each costs less than a trip through the thread pool.
 */


const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_MEMBER = 64 * 1024 * 1024;
/** The zip file's member list and a reader for members. */
class ZipFile {
    path;
    entries;
    constructor(path, entries) {
        this.path = path;
        this.entries = entries;
    }
    /** Opens a zip file and reads its central directory; throws "not a zip file" otherwise. */
    static open(path) {
        const fd = (0,external_node_fs_namespaceObject.openSync)(path, "r");
        try {
            const { size } = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            const tailLength = Math.min(size, 65_557);
            const tail = Buffer.alloc(tailLength);
            (0,external_node_fs_namespaceObject.readSync)(fd, tail, 0, tailLength, size - tailLength);
            let eocd = -1;
            for (let i = tailLength - 22; i >= 0; i--) {
                if (tail.readUInt32LE(i) === EOCD) {
                    eocd = i;
                    break;
                }
            }
            if (eocd === -1)
                throw new Error("File is not a zipfile");
            let count = tail.readUInt16LE(eocd + 10);
            let directorySize = tail.readUInt32LE(eocd + 12);
            let directoryOffset = tail.readUInt32LE(eocd + 16);
            if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
                const locator = eocd - 20;
                if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR)
                    throw new Error("File is not a zipfile: missing zip64 locator");
                const record = Buffer.alloc(56);
                (0,external_node_fs_namespaceObject.readSync)(fd, record, 0, 56, Number(tail.readBigUInt64LE(locator + 8)));
                if (record.readUInt32LE(0) !== ZIP64_EOCD)
                    throw new Error("File is not a zipfile: bad zip64 end of central directory");
                count = Number(record.readBigUInt64LE(32));
                directorySize = Number(record.readBigUInt64LE(40));
                directoryOffset = Number(record.readBigUInt64LE(48));
            }
            if (directoryOffset + directorySize > size)
                throw new Error("File is not a zipfile: central directory out of bounds");
            const directory = Buffer.alloc(directorySize);
            (0,external_node_fs_namespaceObject.readSync)(fd, directory, 0, directorySize, directoryOffset);
            const entries = [];
            let at = 0;
            for (let index = 0; index < count; index++) {
                if (directory.readUInt32LE(at) !== CENTRAL)
                    throw new Error("File is not a zipfile: bad central directory entry");
                const nameLength = directory.readUInt16LE(at + 28);
                const extraLength = directory.readUInt16LE(at + 30);
                const commentLength = directory.readUInt16LE(at + 32);
                let compressedSize = directory.readUInt32LE(at + 20);
                let entrySize = directory.readUInt32LE(at + 24);
                let offset = directory.readUInt32LE(at + 42);
                const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
                // Zip64 extended information replaces the 32-bit fields that overflowed, in this order.
                for (let extra = at + 46 + nameLength; extra < at + 46 + nameLength + extraLength;) {
                    const id = directory.readUInt16LE(extra);
                    const length = directory.readUInt16LE(extra + 2);
                    if (id === 0x0001) {
                        let field = extra + 4;
                        if (entrySize === 0xffffffff) {
                            entrySize = Number(directory.readBigUInt64LE(field));
                            field += 8;
                        }
                        if (compressedSize === 0xffffffff) {
                            compressedSize = Number(directory.readBigUInt64LE(field));
                            field += 8;
                        }
                        if (offset === 0xffffffff)
                            offset = Number(directory.readBigUInt64LE(field));
                    }
                    extra += 4 + length;
                }
                entries.push({
                    name,
                    method: directory.readUInt16LE(at + 10),
                    compressedSize,
                    size: entrySize,
                    offset,
                });
                at += 46 + nameLength + extraLength + commentLength;
            }
            return new ZipFile(path, entries);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
    /** The bytes of one member (stored or deflated). */
    read(entry) {
        if (entry.size > MAX_MEMBER)
            throw new Error(`${entry.name} is ${entry.size} bytes, more than a metadata file can be`);
        const fd = (0,external_node_fs_namespaceObject.openSync)(this.path, "r");
        try {
            const header = Buffer.alloc(30);
            (0,external_node_fs_namespaceObject.readSync)(fd, header, 0, 30, entry.offset);
            if (header.readUInt32LE(0) !== LOCAL)
                throw new Error(`ZIP archive not accepted: bad local header for ${entry.name}`);
            const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
            const data = Buffer.alloc(entry.compressedSize);
            (0,external_node_fs_namespaceObject.readSync)(fd, data, 0, entry.compressedSize, start);
            if (entry.method === 0)
                return data;
            if (entry.method === 8)
                return (0,external_node_zlib_namespaceObject.inflateRawSync)(data, { maxOutputLength: MAX_MEMBER });
            throw new Error(`File does not use a supported compression type (${entry.name} uses method ${entry.method})`);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
}

;// CONCATENATED MODULE: ./src/distributions.ts
/**
 * The distributions to publish: found in `packages-dir`, their filenames parsed (PEP 427/491
 * wheels, PEP 625 sdists), their core metadata read from the archive itself.
 */






/** Parses a distribution filename, or explains why it is not one. */
function parseDistributionName(filename) {
    if (filename.endsWith(".whl")) {
        const parts = filename.slice(0, -4).split("-");
        if (parts.length !== 5 && parts.length !== 6) {
            throw new ConfigurationError(`${filename}: a wheel filename has 5 or 6 dash-separated parts (name-version[-build]-python-abi-platform.whl).`);
        }
        if (parts.length === 6 && !/^\d/.test(parts[2]))
            throw new ConfigurationError(`${filename}: the build tag (3rd part) must start with a digit.`);
        const [name = "", version = ""] = parts;
        const [python, , platform] = parts.slice(-3);
        return { kind: "wheel", name, version, python, platforms: platform.split(".") };
    }
    if (filename.endsWith(".tar.gz")) {
        const stem = filename.slice(0, -7);
        const dash = stem.lastIndexOf("-");
        if (dash <= 0)
            throw new ConfigurationError(`${filename}: an sdist filename is {name}-{version}.tar.gz.`);
        return { kind: "sdist", name: stem.slice(0, dash), version: stem.slice(dash + 1) };
    }
    throw new ConfigurationError(`${filename}: not a distribution (a .whl wheel or a .tar.gz sdist).`);
}
/** The distributions of a directory (and the other files in it, which are not uploaded). */
async function findDistributions(directory) {
    let names;
    try {
        names = (await (0,promises_namespaceObject.readdir)(directory)).sort();
    }
    catch {
        throw new ConfigurationError(`Input "packages-dir": ${directory} does not exist. Build the distributions first (python -m build writes them to dist/).`);
    }
    const isDistribution = (name) => name.endsWith(".whl") || name.endsWith(".tar.gz");
    const files = names.filter(isDistribution).map((name) => (0,external_node_path_namespaceObject.join)(directory, name));
    if (files.length === 0) {
        throw new ConfigurationError(`Input "packages-dir": ${directory} has no .whl or .tar.gz file to publish${names.length > 0 ? ` (found ${names.join(", ")})` : ""}. Build the distributions first.`);
    }
    return { files, ignored: names.filter((name) => !isDistribution(name)) };
}
/** Reads a distribution: its filename, its core metadata, its members. */
async function readDistribution(path) {
    const filename = path.split(/[\\/]/).at(-1);
    const parsed = parseDistributionName(filename);
    const { size } = await (0,promises_namespaceObject.stat)(path);
    if (parsed.kind === "wheel") {
        let zip;
        try {
            zip = ZipFile.open(path);
        }
        catch (error) {
            throw new ConfigurationError(`${filename}: invalid distribution file: ${getErrorMessage(error)}.`);
        }
        const wanted = `${parsed.name}-${parsed.version}.dist-info/METADATA`;
        const entry = zip.entries.find((candidate) => candidate.name === wanted);
        if (!entry)
            throw new ConfigurationError(`Wheel '${filename}' does not contain the required METADATA file: ${wanted}`);
        const metadata = CoreMetadata.parse(zip.read(entry).toString("utf8"));
        return {
            path,
            filename,
            size,
            parsed,
            metadata,
            members: zip.entries.map((member) => member.name),
            methods: [...new Set(zip.entries.map((member) => member.method))],
        };
    }
    let scan;
    try {
        scan = await scanTarGz(path, (member) => /^[^/]+\/PKG-INFO$/.test(member.name));
    }
    catch (error) {
        throw new ConfigurationError(`${filename}: invalid distribution file: File is not a tarfile (${getErrorMessage(error)}).`);
    }
    const tops = [...new Set(scan.members.map((member) => member.name.split("/")[0]))];
    const top = tops.length === 1 ? tops[0] : undefined;
    const pkgInfo = top === undefined ? undefined : scan.contents.get(`${top}/PKG-INFO`);
    if (!pkgInfo) {
        throw new ConfigurationError(tops.length !== 1
            ? `${filename}: invalid distribution file: Incorrect number of top-level directories in sdist (${tops.length}).`
            : `${filename}: invalid distribution file: PKG-INFO not found at ${top}/PKG-INFO.`);
    }
    return {
        path,
        filename,
        size,
        parsed,
        metadata: CoreMetadata.parse(pkgInfo.toString("utf8")),
        members: scan.members.map((member) => member.name),
        methods: [],
    };
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/upload-fields.ts
/**
 * The form fields of an upload, exactly as twine sends them: the action and protocol, the core
 * metadata, the file type and Python version, the attestations, and the digests.
 */

/** The fields of a distribution's upload but its digests. */
function uploadRequestFields(dist, attestations) {
    return [
        [":action", "file_upload"],
        ["protocol_version", "1"],
        ...metadataFormFields(dist.metadata),
        ["filetype", dist.parsed.kind === "wheel" ? "bdist_wheel" : "sdist"],
        ["pyversion", dist.parsed.kind === "wheel" ? dist.parsed.python : "source"],
        ...(attestations ? [["attestations", attestations]] : []),
    ];
}
/** The digest fields: Warehouse needs one at least and checks each one sent. */
function digestFields(digests) {
    return [
        ["sha256_digest", digests.sha256],
        ["blake2_256_digest", digests.blake2_256],
    ];
}

;// CONCATENATED MODULE: ./src/multipart-body.ts
/**
 * The multipart/form-data body of an upload, streamed into the request: the fields, the file part
 * read from disk, and the closing boundary, with its length known before the first byte (the
 * index gets a Content-Length, and memory does not grow with the file). The digest fields go
 * before the file when the digests are known already; otherwise the file is hashed as it streams
 * and they follow it (Warehouse reads the whole form before it checks any field): one pass over
 * the file. Either way the digest fields have a fixed length, so the body's length is known.
 */




const CRLF = "\r\n";
/** Digests of the length of every real pair (hex sha256 and BLAKE2b-256: 64 characters each). */
const SAME_LENGTH_DIGESTS = { sha256: "0".repeat(64), blake2_256: "0".repeat(64) };
function quote(value) {
    return value.replace(/"/g, "%22").replace(/\r|\n/g, " ");
}
/** The body's parts around the file content, and its total length. */
function multipartFrame(file, boundary) {
    const parts = (fields) => fields
        .map(([name, value]) => `--${boundary}${CRLF}Content-Disposition: form-data; name="${quote(name)}"${CRLF}${CRLF}${value}${CRLF}`)
        .join("");
    const filePart = `--${boundary}${CRLF}Content-Disposition: form-data; name="content"; filename="${quote(file.filename)}"${CRLF}Content-Type: application/octet-stream${CRLF}${CRLF}`;
    const known = file.digests;
    const head = Buffer.from(parts(file.fields) + (known ? parts(digestFields(known)) : "") + filePart, "utf8");
    const tail = (digests) => Buffer.from(`${CRLF}${known ? "" : parts(digestFields(digests))}--${boundary}--${CRLF}`, "utf8");
    return { head, tail, length: head.length + file.size + tail(SAME_LENGTH_DIGESTS).length };
}
/**
 * Writes the whole body into `request` and ends it, waiting for the request to take each chunk
 * before reading the next; resolves with the file's digests.
 */
async function writeMultipartBody(request, file, frame) {
    // The hashing is set up once the head is on its way: setting up BLAKE2b (a WebAssembly
    // compile) would otherwise hold back the connection and the first byte of the upload.
    await new Promise((resolve, reject) => request.write(frame.head, (error) => (error ? reject(error) : resolve())));
    const known = file.digests;
    const digester = known ? { update() { }, digest: () => known } : await createDigester();
    await (0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_namespaceObject.createReadStream)(file.path, { highWaterMark: READ_CHUNK }), async function* (chunks) {
        for await (const chunk of chunks) {
            digester.update(chunk);
            yield chunk;
        }
    }, request, { end: false });
    const digests = digester.digest();
    request.end(frame.tail(digests));
    return digests;
}

;// CONCATENATED MODULE: ./src/legacy-upload.ts
/**
 * The legacy upload API (`POST https://upload.pypi.org/legacy/`) as twine speaks it: a
 * multipart/form-data body with `:action=file_upload`, the metadata fields, the digests and the
 * file, streamed from disk with a known Content-Length (multipart-body.ts), over HTTP/1.1 so that
 * the reason phrase, where Warehouse puts its error text, survives. Redirects are refused, 5xx
 * answers and dropped connections are retried with back-off.
 */



async function send(target, file, idleTimeoutMs) {
    // About 100 random bits keep the boundary out of any file's content; Math.random's are as good
    // for that as node:crypto's, which would take 2–3 ms to load before the first byte.
    const boundary = `release-actions-${Math.random().toString(16).slice(2)}${Math.random().toString(16).slice(2)}`;
    const frame = multipartFrame(file, boundary);
    const url = new URL(target.url);
    // TLS is loaded only for an https index.
    const request = url.protocol === "https:" ? (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23))).request : external_node_http_namespaceObject.request;
    return new Promise((resolve, reject) => {
        // An index may answer (a refusal) before it read the whole body: its answer wins over the
        // broken pipe that follows.
        let answered = false;
        const outgoing = request(url, {
            method: "POST",
            headers: {
                "content-type": `multipart/form-data; boundary=${boundary}`,
                "content-length": String(frame.length),
                authorization: `Basic ${Buffer.from(`${target.username}:${target.password}`).toString("base64")}`,
                "user-agent": "instructlab-release-actions/publish-pypi",
            },
        }, (response) => {
            answered = true;
            const chunks = [];
            response.on("data", (chunk) => chunks.push(chunk));
            response.on("end", () => resolve({
                status: response.statusCode ?? 0,
                reason: response.statusMessage ?? "",
                body: Buffer.concat(chunks).toString("utf8"),
                location: response.headers.location,
                digests,
            }));
            response.on("error", reject);
        });
        outgoing.on("error", (error) => {
            if (!answered)
                reject(error);
        });
        // Without this, an index that stops answering holds the release job until the job's own
        // time limit (6 hours by default).
        outgoing.setTimeout(idleTimeoutMs, () => outgoing.destroy(new Error(`no byte moved for ${idleTimeoutMs / 1000} s`)));
        const digests = writeMultipartBody(outgoing, file, frame);
        digests.catch((error) => {
            if (!answered)
                reject(error);
        });
    });
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Uploads one file; "exists" when the index says the file is already there. */
async function uploadFile(target, file, retry, log) {
    for (let attempt = 1;; attempt++) {
        const backOff = (why) => {
            log.warning(`Uploading ${file.filename}: ${why}; retrying (${attempt}/${retry.attempts - 1}).`);
            return sleep(retry.backoffMs * 2 ** (attempt - 1));
        };
        let answer;
        try {
            answer = await send(target, file, retry.idleTimeoutMs);
        }
        catch (error) {
            if (attempt >= retry.attempts)
                throw new Error(`Uploading ${file.filename} to ${target.url} failed ${attempt} times; last: ${getErrorMessage(error)}`);
            await backOff(`the connection failed (${getErrorMessage(error)})`);
            continue;
        }
        const text = [answer.reason, answer.body.trim()]
            .filter((part, index, all) => part && all.indexOf(part) === index)
            .join(": ");
        // PyPI answers 200; other indexes 201 or another success code.
        if (answer.status >= 200 && answer.status < 300)
            return { status: "uploaded", warnings: answer.body.trim(), digests: await answer.digests };
        if (answer.status >= 500 && attempt < retry.attempts) {
            await backOff(`${answer.status} ${text}`);
            continue;
        }
        if (answer.status >= 300 && answer.status < 400) {
            throw new ConfigurationError(`Input "repository-url": ${target.url} answered ${answer.status} ${answer.reason} and redirects to ${answer.location ?? "elsewhere"}. Uploads are not sent through redirects: set repository-url to the upload URL itself (for PyPI https://upload.pypi.org/legacy/, with the trailing slash).`);
        }
        if (answer.status === 409 ||
            (answer.status === 400 && /already exist/i.test(`${answer.reason} ${answer.body}`)))
            return { status: "exists", message: text };
        if (answer.status === 403) {
            throw new ConfigurationError(`${target.url} refused ${file.filename}: 403 ${text}. Check the credentials: a PyPI API token (user __token__) or trusted publishing (no password, permissions: id-token: write).`);
        }
        throw new ConfigurationError(`${target.url} refused ${file.filename}: ${answer.status} ${text}`);
    }
}

;// CONCATENATED MODULE: ./src/skip-existing.ts
/**
 * Hash-aware skip-existing, decided before anything is uploaded: a file the index already has with
 * the same sha256 is skipped; one it has under the same name with other content stops the run,
 * since a published file is never replaced. And when an upload is answered "exists" after all (a
 * simple API page cached from before the file, or no skip-existing), the same comparison decides
 * between a skip and a stop.
 */


/**
 * The simple API to read and the credentials it gets: none on another host, on PyPI's (public)
 * or without a password.
 */
function simpleApi(location) {
    const url = location.indexUrl || simpleIndexUrl(location.repositoryUrl);
    const { origin, hostname } = new URL(url);
    if (location.password === "" || isPypiHost(hostname) || origin !== new URL(location.repositoryUrl).origin)
        return { url };
    return {
        url,
        authorization: `Basic ${Buffer.from(`${location.user}:${location.password}`).toString("base64")}`,
    };
}
/**
 * The filenames of the distributions the index already has, each as this very file; throws, naming
 * them, when it has any of them with other content.
 */
async function findAlreadyPublished(fetchImpl, location, projects, distributions, digestsOf) {
    const { url, authorization } = simpleApi(location);
    const existing = new Map();
    for (const name of projects)
        for (const file of await listIndexFiles(fetchImpl, url, name, authorization))
            existing.set(file.filename, file);
    const clashes = [];
    const same = new Set();
    for (const dist of distributions) {
        // A file listed without a sha256 is uploaded: the index's answer to that decides.
        const listed = existing.get(dist.filename)?.sha256;
        if (listed === undefined)
            continue;
        if (listed === (await digestsOf(dist)).sha256)
            same.add(dist.filename);
        else
            clashes.push(dist);
    }
    if (clashes.length > 0) {
        throw new ConfigurationError(`Nothing was uploaded: the index already has ${clashes.map((dist) => dist.filename).join(", ")} with other content (sha256 ${clashes.map((dist) => existing.get(dist.filename)?.sha256?.slice(0, 12)).join(", ")}). A published file is never replaced: release a new version.`);
    }
    return same;
}
/**
 * Decides about a file whose upload the index answered "exists" (`answer`, its words): skipped
 * when its simple API lists this very file; otherwise the run stops, unless skip-existing is on
 * and the index cannot show what it has (then skipped, with a warning). Returns the note for the
 * skip and the warning, if any.
 */
async function settleExistingAnswer(fetchImpl, location, file, answer, skipExisting) {
    const { url: indexUrl, authorization } = simpleApi(location);
    let listed;
    try {
        listed = (await listIndexFiles(fetchImpl, indexUrl, file.project, authorization)).find((indexed) => indexed.filename === file.filename)?.sha256;
    }
    catch {
        // No PEP 691 simple API there: what the index has cannot be compared.
    }
    if (listed === file.sha256)
        return { note: "the index has this very file (sha256 compared)" };
    if (listed !== undefined) {
        throw new ConfigurationError(`${file.filename}: the index refused it: ${answer}. It has another file under this name (sha256 ${listed.slice(0, 12)}, this one ${file.sha256.slice(0, 12)}): a published file is never replaced, release a new version.`);
    }
    const unknown = `its content could not be compared with this file's (${indexUrl} lists no sha256 for it)`;
    if (!skipExisting) {
        throw new ConfigurationError(`${file.filename}: the index refused it: ${answer}. It says it has the file, and ${unknown}. Set skip-existing: true to skip files the index says it has.`);
    }
    return { note: answer, warning: `${file.filename}: skipped, the index says it has it; ${unknown}.` };
}

;// CONCATENATED MODULE: ./src/upload-target.ts


/** A minted token with less time left than this is replaced before an upload. */
const RENEW_BEFORE_MS = 10 * 60 * 1000;
/** Authenticates to the index, in the "Authentication" group (a trusted publishing exchange, or nothing to do with a password). */
function authenticate(settings, fetchImpl, mask, log) {
    return log.group("Authentication", async () => {
        const url = settings.repositoryUrl;
        if (settings.password === "") {
            const mint = () => mintUploadToken(fetchImpl, url, settings.oidc, mask, log);
            let minted = await mint();
            const target = async () => {
                if (minted.expiresAt !== undefined && minted.expiresAt - Date.now() < RENEW_BEFORE_MS) {
                    log.info("The upload token expires in under 10 minutes: minting a new one.");
                    minted = await mint();
                }
                return { url, username: "__token__", password: minted.token };
            };
            return { target, authentication: "trusted publishing" };
        }
        const notAToken = settings.user === "__token__" &&
            isPypiHost(new URL(url).hostname) &&
            !settings.password.startsWith("pypi-");
        const target = { url, username: settings.user, password: settings.password };
        return {
            target: async () => target,
            authentication: "API token",
            ...(notAToken && {
                warning: 'The password does not look like a PyPI API token (they start with "pypi-").',
            }),
        };
    });
}

;// CONCATENATED MODULE: ./src/run.ts










// The idle limit is the one Node's fetch puts on waiting for an answer.
const RETRY = { attempts: 5, backoffMs: 1000, idleTimeoutMs: 300_000 };
/** Checks, then publishes the distributions; nothing is uploaded when any check fails. */
async function run(settings, { log, fetch, mask }, retry = RETRY) {
    // Each phase adds its warnings here, in the order the result lists them.
    const warnings = [];
    const distributions = await readDistributions(settings.packagesDir, log, warnings);
    refuseFailedChecks(distributions, settings, warnings);
    const digests = digestCache(settings.printHash);
    if (settings.printHash)
        await printHashes(distributions, digests, log);
    const projects = projectsOf(distributions, settings.packagesDir, warnings);
    const onIndex = settings.skipExisting
        ? await findAlreadyPublished(fetch, settings, projects, distributions, digests.of)
        : new Set();
    // Files the index already has are not uploaded, nor signed: it would keep neither them nor their
    // attestations.
    const toUpload = distributions.filter((dist) => !onIndex.has(dist.filename));
    const plan = planAttestations(settings);
    if (!plan.sign && plan.warning)
        warnings.push(plan.warning);
    const project = projects[0];
    const version = distributions[0]?.metadata.get("Version");
    const result = (files, authentication) => ({
        files,
        projectUrl: projectPageUrl(settings.repositoryUrl, project, version),
        project,
        authentication,
        warnings,
        attestations: describeAttestations(plan, toUpload, settings),
    });
    if (settings.dryRun)
        return result(await dryRunFiles(distributions, onIndex, digests), "not used (dry-run)");
    const { target, authentication, warning } = await authenticate(settings, fetch, mask, log);
    if (warning)
        warnings.push(warning);
    const attestations = plan.sign && toUpload.length > 0
        ? await signUploads(toUpload, digests, {
            fetch,
            oidc: settings.oidc,
            mask,
            log,
            sigstore: plan.sigstore,
            retry,
        })
        : new Map();
    const files = await uploadAll(distributions, onIndex, digests, {
        target,
        attestations,
        fetch,
        location: settings,
        skipExisting: settings.skipExisting,
        retry,
        log,
        warnings,
    });
    return result(files, authentication);
}
/** Finds and reads the distributions (in the log, one line each); other files are a warning. */
async function readDistributions(packagesDir, log, warnings) {
    const { files, ignored } = await findDistributions(packagesDir);
    if (ignored.length > 0)
        warnings.push(`Not uploaded (not a .whl or .tar.gz): ${ignored.join(", ")}.`);
    return log.group(`Distributions in ${packagesDir}`, async () => {
        // Read side by side: their file reads and decompression overlap.
        const read = await Promise.all(files.map(readDistribution));
        for (const dist of read)
            log.info(`${dist.filename}: ${dist.metadata.get("Name")} ${dist.metadata.get("Version")} (${dist.size} bytes)`);
        return read;
    });
}
/** Runs the checks of dist-checks.ts; any error stops the run before anything is uploaded. */
function refuseFailedChecks(distributions, settings, warnings) {
    const checks = checkDistributions(distributions, {
        verifyMetadata: settings.verifyMetadata,
        maxFileSize: settings.fileSizeLimit,
        ...(settings.expectedVersion && { expectedVersion: settings.expectedVersion }),
    });
    warnings.push(...checks.warnings);
    if (checks.errors.length > 0) {
        throw new ConfigurationError(`Nothing was uploaded: ${checks.errors.length} problem(s) with the distributions.\n${checks.errors.map((error) => `- ${error}`).join("\n")}`);
    }
}
function digestCache(md5) {
    const known = new Map();
    return {
        async of(dist) {
            const digests = known.get(dist.filename) ?? (await digestFile(dist.path, { md5 }));
            known.set(dist.filename, digests);
            return digests;
        },
        known: (dist) => known.get(dist.filename),
    };
}
/** print-hash: every file's digests, in the log, before anything is uploaded. */
async function printHashes(distributions, digests, log) {
    for (const dist of distributions) {
        const { sha256, md5, blake2_256 } = await digests.of(dist);
        log.info(`${dist.filename}\n  SHA256: ${sha256}\n  MD5: ${md5}\n  BLAKE2-256: ${blake2_256}`);
    }
}
/** The projects the distributions belong to (normalized names); more than one is a warning. */
function projectsOf(distributions, packagesDir, warnings) {
    const projects = [
        ...new Set(distributions.map((dist) => normalizePackageName(dist.metadata.get("Name")))),
    ];
    if (projects.length > 1)
        warnings.push(`${packagesDir} holds distributions of ${projects.length} projects: ${projects.join(", ")}.`);
    return projects;
}
/** What was done about PEP 740 attestations (or would be, in dry-run), for the result. */
function describeAttestations(plan, toUpload, settings) {
    if (!plan.sign)
        return settings.attestations ? "not made (see the warnings)" : "not requested (attestations: false)";
    if (toUpload.length === 0)
        return "none needed (every file is already on the index)";
    return `${settings.dryRun ? "would be signed" : "signed"} through Sigstore (${plan.sigstore.fulcioUrl}, ${plan.sigstore.rekorUrl}) for ${toUpload.map((dist) => dist.filename).join(", ")}`;
}
function publishedFile(dist, digests, status, note) {
    return {
        filename: dist.filename,
        version: dist.metadata.get("Version"),
        sha256: digests.sha256,
        digests,
        status,
        note,
    };
}
/** dry-run: what would be uploaded and what skipped, with every file's digests. */
async function dryRunFiles(distributions, onIndex, digests) {
    const files = [];
    for (const dist of distributions)
        files.push(publishedFile(dist, await digests.of(dist), onIndex.has(dist.filename) ? "skipped" : "would upload", "dry-run"));
    return files;
}
/** Signs the attestations of the files to upload: each file's `attestations` form field. */
function signUploads(toUpload, digests, options) {
    return options.log.group("PEP 740 attestations", async () => {
        const subjects = [];
        for (const dist of toUpload)
            subjects.push({ filename: dist.filename, sha256: (await digests.of(dist)).sha256 });
        return signAttestations(subjects, options);
    });
}
/**
 * Uploads the files in order, skipping those already on the index. When one fails, the error
 * names those the index took before it.
 */
async function uploadAll(distributions, onIndex, digests, uploads) {
    const files = [];
    try {
        for (const dist of distributions)
            files.push(await publishOne(dist, onIndex, digests, uploads));
    }
    catch (error) {
        const uploaded = files.filter((file) => file.status === "uploaded").map((file) => file.filename);
        if (uploaded.length === 0)
            throw error;
        const Failure = error instanceof ConfigurationError ? ConfigurationError : Error;
        throw new Failure(`${getErrorMessage(error)}\nAlready uploaded by this run: ${uploaded.join(", ")}. Once the cause is fixed, re-run with skip-existing: true: it skips them and uploads the rest.`);
    }
    return files;
}
/**
 * One file: skipped when the index has it already, uploaded otherwise; a file the index answers
 * "exists" for is compared through its simple API (settleExistingAnswer).
 */
async function publishOne(dist, onIndex, digests, { target, attestations, fetch, location, skipExisting, retry, log, warnings }) {
    if (onIndex.has(dist.filename)) {
        log.info(`${dist.filename}: already on the index with the same sha256, skipped.`);
        return publishedFile(dist, await digests.of(dist), "skipped", "the index has this very file");
    }
    const answer = await log.group(`Upload ${dist.filename}`, async () => uploadFile(await target(), {
        path: dist.path,
        filename: dist.filename,
        size: dist.size,
        fields: uploadRequestFields(dist, attestations.get(dist.filename)),
        digests: digests.known(dist),
    }, retry, log));
    if (answer.status === "exists") {
        const fileDigests = await digests.of(dist);
        const { note, warning } = await settleExistingAnswer(fetch, location, {
            filename: dist.filename,
            project: normalizePackageName(dist.metadata.get("Name")),
            sha256: fileDigests.sha256,
        }, answer.message, skipExisting);
        if (warning)
            warnings.push(warning);
        return publishedFile(dist, fileDigests, "skipped", note);
    }
    if (answer.warnings)
        warnings.push(`${dist.filename}: ${answer.warnings}`);
    return publishedFile(dist, answer.digests, "uploaded", answer.warnings);
}

;// CONCATENATED MODULE: ./src/main.ts




/** Entry point on the runner: inputs → run → outputs and job summary (no GitHub API call). */
function main() {
    return runStageWithoutGitHub({ name: "publish-pypi", readSettings: readInputs, run: run, report: report });
}


/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3018);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
